using Matchmaking.Abstractions.Profiles;

namespace Matchmaking.Cli.Tests;

public sealed class KindParserTests
{
    [Theory]
    [InlineData("company", ActorKind.Company)]
    [InlineData("companies", ActorKind.Company)]
    [InlineData("Startup", ActorKind.Startup)]
    [InlineData("STARTUPS", ActorKind.Startup)]
    [InlineData(" researcher ", ActorKind.Researcher)]
    [InlineData("researchers", ActorKind.Researcher)]
    public void Singular_and_plural_names_in_any_case_parse(string text, ActorKind expected)
    {
        Assert.True(KindParser.TryParse(text, out var kind, out var error));
        Assert.Equal(expected, kind);
        Assert.Empty(error);
    }

    [Theory]
    [InlineData("azienda")]
    [InlineData("compan")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_fails_with_a_message_naming_the_kinds(string? text)
    {
        Assert.False(KindParser.TryParse(text, out _, out var error));
        Assert.Contains("company, startup or researcher", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_of_an_unknown_kind_throws_a_usage_error_quoting_it()
    {
        var e = Assert.Throws<UsageException>(() => KindParser.Parse("widgets"));
        Assert.Contains("'widgets'", e.Message, StringComparison.Ordinal);
    }
}
