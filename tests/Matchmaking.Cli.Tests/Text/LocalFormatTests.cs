using Matchmaking.Abstractions.Text;

namespace Matchmaking.Cli.Tests.Text;

public sealed class LocalFormatTests
{
    [Theory]
    [InlineData("it", "12.000.000 €")]
    [InlineData("en", "€12,000,000")]
    [InlineData("en-GB", "€12,000,000")]
    [InlineData(null, "12.000.000 €")]
    public void Euros_are_written_as_each_language_writes_them(string? language, string expected) =>
        Assert.Equal(expected, LocalFormat.Euros(12_000_000m, language!));

    [Fact]
    public void Cents_appear_only_when_there_are_some() =>
        Assert.Equal(("1.234,50 €", "€1,234.50", "800.000 €"), (LocalFormat.Euros(1234.5m, "it"), LocalFormat.Euros(1234.5m, "en"), LocalFormat.Euros(800_000m, "it")));

    [Fact]
    public void Dates_are_day_first_in_Italian_and_spelled_out_in_English() =>
        Assert.Equal(("28/02/2027", "28 February 2027", "01/07/2027"), (LocalFormat.Date(new DateOnly(2027, 2, 28), "it"), LocalFormat.Date(new DateOnly(2027, 2, 28), "en"), LocalFormat.Date(new DateOnly(2027, 7, 1), "it")));

    [Fact]
    public void Numbers_group_and_separate_decimals_per_language() =>
        Assert.Equal(("1.234,57", "1,234.57", "0,5", "85%"), (LocalFormat.Number(1234.567, "it", 2), LocalFormat.Number(1234.567, "en", 2), LocalFormat.Number(0.5, "it", 2), LocalFormat.Percent(0.851, "it")));
}
