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

    [Fact]
    public void Long_vectors_with_frequencies_of_one_and_more_read_back_whole_and_term_by_term()
    {
        var random = new Random(3);
        TermVector[] fields = [.. Enumerable.Range(0, 3).Select(f => Random(random, count: f == 1 ? 0 : 10 + (f * 57)))];

        var packed = PackedTerms.Pack(fields);

        for (var f = 0; f < fields.Length; f++)
        {
            var vector = PackedTerms.Field(packed, (MatchField)f);
            Assert.Equal(fields[f].Terms, vector.Terms);
            Assert.Equal(fields[f].Frequencies, vector.Frequencies);
            for (var i = 0; i < fields[f].Count; i++)
            {
                Assert.Equal(fields[f].Frequencies[i], PackedTerms.FrequencyOf(packed, (MatchField)f, fields[f].Terms[i]));
                Assert.Equal(0, PackedTerms.FrequencyOf(packed, (MatchField)f, fields[f].Terms[i] + 1));
            }
        }
    }

    [Fact]
    public void Fields_whose_terms_are_all_in_the_text_are_read_back_through_it()
    {
        var random = new Random(5);
        var text = Random(random, count: 150);
        var supply = Subset(random, text, share: 0.8);
        var demand = Subset(random, text, share: 0.1);
        TermVector[] fields = [text, supply, demand];

        var packed = PackedTerms.Pack(fields);

        for (var f = 0; f < fields.Length; f++)
        {
            var vector = PackedTerms.Field(packed, (MatchField)f);
            Assert.Equal(fields[f].Terms, vector.Terms);
            Assert.Equal(fields[f].Frequencies, vector.Frequencies);
            foreach (var term in text.Terms)
            {
                Assert.Equal(fields[f].FrequencyOf(term), PackedTerms.FrequencyOf(packed, (MatchField)f, term));
            }

            Assert.Equal(0, PackedTerms.FrequencyOf(packed, (MatchField)f, text.Terms[^1] + 2));
        }

        // The supply's ids take a bitmap of 19 bytes (150 bits) instead of a byte or more each; then its frequencies.
        var withoutSupply = PackedTerms.Pack([text, TermVector.Empty, demand]);
        var countBytes = (supply.Count * 2) + 1 < 128 ? 1 : 2;
        var frequencyBytes = ((supply.Count + 7) / 8) + supply.Frequencies.Sum(f => f == 1 ? 0 : f < 128 ? 1 : 2);
        Assert.Equal(countBytes - 1 + 19 + frequencyBytes, packed.Length - withoutSupply.Length);
    }

    private static TermVector Subset(Random random, TermVector of, double share)
    {
        var entries = new Dictionary<int, int>();
        for (var i = 0; i < of.Count; i++)
        {
            if (random.NextDouble() < share)
            {
                entries[of.Terms[i]] = random.Next(3) == 0 ? random.Next(2, 500) : 1;
            }
        }

        return TermVector.From(entries);
    }

    private static TermVector Random(Random random, int count)
    {
        var entries = new Dictionary<int, int>();
        var term = 0;
        while (entries.Count < count)
        {
            // Even ids only, so that the next id is always absent; mostly frequency 1, some large.
            term += 2 * random.Next(1, random.Next(2) == 0 ? 20 : 5_000);
            entries[term] = random.Next(4) switch
            {
                0 => random.Next(2, 60_000),
                1 => random.Next(2, 6),
                _ => 1,
            };
        }

        return TermVector.From(entries);
    }

    private static TermVector Vector(params (int Term, int Frequency)[] entries) =>
        TermVector.From(entries.ToDictionary(e => e.Term, e => e.Frequency));
}
