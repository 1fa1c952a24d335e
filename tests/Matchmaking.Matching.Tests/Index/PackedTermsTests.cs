using Matchmaking.Matching.Index;
using Xunit;

namespace Matchmaking.Matching.Tests.Index;

public sealed class PackedTermsTests
{
    [Fact]
    public void Each_field_is_read_back_with_its_terms_and_frequencies()
    {
        TermVector[] fields =
        [
            Vector((3, 1), (200, 2), (70_000, 300), (5_000_000, 65_535)),
            TermVector.Empty,
            Vector((0, 4), (1, 1)),
        ];

        var packed = PackedTerms.Pack(fields);

        for (var f = 0; f < fields.Length; f++)
        {
            var vector = PackedTerms.Field(packed, (MatchField)f);
            Assert.Equal(fields[f].Terms, vector.Terms);
            Assert.Equal(fields[f].Frequencies, vector.Frequencies);
            Assert.Equal(fields[f].Length, vector.Length);
        }
    }

    [Fact]
    public void One_frequency_is_found_without_decoding_and_absent_terms_have_none()
    {
        var packed = PackedTerms.Pack([Vector((5, 2)), Vector((3, 1), (200, 7), (70_000, 300)), TermVector.Empty]);

        Assert.Equal(7, PackedTerms.FrequencyOf(packed, MatchField.Supply, 200));
        Assert.Equal(300, PackedTerms.FrequencyOf(packed, MatchField.Supply, 70_000));
        Assert.Equal(2, PackedTerms.FrequencyOf(packed, MatchField.Text, 5));
        Assert.Equal(0, PackedTerms.FrequencyOf(packed, MatchField.Supply, 5));
        Assert.Equal(0, PackedTerms.FrequencyOf(packed, MatchField.Supply, 80_000));
        Assert.Equal(0, PackedTerms.FrequencyOf(packed, MatchField.Demand, 3));
    }

    private static TermVector Vector(params (int Term, int Frequency)[] entries) =>
        TermVector.From(entries.ToDictionary(e => e.Term, e => e.Frequency));
}
