using Matchmaking.Matching.Index;
using Xunit;

namespace Matchmaking.Matching.Tests.Index;

public sealed class FieldPostingsTests
{
    private readonly Dictionary<(int Document, int Term), int> frequencies = [];

    [Fact]
    public void A_term_in_one_document_leaves_its_frequency_to_the_document()
    {
        var postings = Postings();
        Add(postings, term: 70_000, document: 4, frequency: 3);

        var found = postings[70_000];
        Assert.Equal((1, 4), (found.Count, found.Single));
        Assert.Equal([(4, PostingList.SaturatedFrequency)], Pairs(found));
        Assert.Equal(0, postings[12].Count);
        Assert.Equal(0, postings[10_000_000].Count);
    }

    [Fact]
    public void A_second_document_makes_a_list_in_the_order_added_and_removing_goes_back_to_one()
    {
        var postings = Postings();
        Add(postings, term: 9, document: 4, frequency: 3);
        Add(postings, term: 9, document: 1, frequency: 2);
        Add(postings, term: 9, document: 7, frequency: 1);

        Assert.Equal([(4, 3), (1, 2), (7, 1)], Pairs(postings[9]));
        Assert.Equal(3, postings.Count(9));

        postings.Remove(9, 4);
        postings.Remove(9, 7);
        Assert.Equal((1, 1), (postings[9].Count, postings[9].Single));
        Assert.Equal([(1, PostingList.SaturatedFrequency)], Pairs(postings[9]));

        postings.Remove(9, 1);
        Assert.Equal(0, postings.Count(9));
        Add(postings, term: 9, document: 2, frequency: 5);
        Add(postings, term: 9, document: 3, frequency: 6);
        Assert.Equal([(2, 5), (3, 6)], Pairs(postings[9]));
    }

    [Fact]
    public void A_long_list_shrinks_back_to_one_document_and_grows_again()
    {
        var postings = Postings();
        for (var d = 0; d < 3_000; d++)
        {
            Add(postings, term: 70_001, document: d, frequency: 1 + (d % 200));
        }

        Add(postings, term: 5, document: 0, frequency: 1);
        Add(postings, term: 5, document: 1, frequency: 1);
        Assert.Equal(3_000, postings.Count(70_001));
        Assert.Equal(Enumerable.Range(0, 3_000).Select(d => (d, 1 + (d % 200))), Pairs(postings[70_001]));

        for (var d = 0; d < 2_999; d++)
        {
            postings.Remove(70_001, d);
        }

        Assert.Equal((1, 2_999), (postings[70_001].Count, postings[70_001].Single));
        Add(postings, term: 70_001, document: 8, frequency: 4);
        Assert.Equal([(2_999, 1 + (2_999 % 200)), (8, 4)], Pairs(postings[70_001]));
        Assert.Equal([(0, 1), (1, 1)], Pairs(postings[5]));
    }

    private FieldPostings Postings() => new((document, term) => frequencies.GetValueOrDefault((document, term)));

    private void Add(FieldPostings postings, int term, int document, int frequency)
    {
        frequencies[(document, term)] = frequency;
        postings.Add(term, document, frequency);
    }

    private static (int, int)[] Pairs(Postings postings) =>
        [.. postings.Packed(new uint[1]).ToArray().Select(p => (PostingList.DocumentOf(p), PostingList.FrequencyOf(p)))];
}
