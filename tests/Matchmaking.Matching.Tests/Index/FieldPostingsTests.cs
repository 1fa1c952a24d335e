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
        Assert.Null(found.List);
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
        Assert.Null(postings[9].List);
        Assert.Equal(1, postings[9].Single);

        postings.Remove(9, 1);
        Assert.Equal(0, postings.Count(9));
        Add(postings, term: 9, document: 2, frequency: 5);
        Add(postings, term: 9, document: 3, frequency: 6);
        Assert.Equal([(2, 5), (3, 6)], Pairs(postings[9]));
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
