using Matchmaking.Matching.Index;
using Xunit;

namespace Matchmaking.Matching.Tests.Index;

public sealed class TermPostingsTests
{
    private const MatchField Text = MatchField.Text;
    private const MatchField Supply = MatchField.Supply;
    private const MatchField Demand = MatchField.Demand;

    private readonly Dictionary<(MatchField Field, int Document, int Term), int> frequencies = [];

    [Fact]
    public void A_term_in_one_document_leaves_its_frequency_to_the_document()
    {
        var postings = Postings();
        Add(postings, Supply, term: 70_000, document: 4, frequency: 3);

        var found = postings[Supply, 70_000];
        Assert.Equal((1, 4), (found.Count, found.Single));
        Assert.Equal([(4, PostingList.SaturatedFrequency)], Pairs(found));
        Assert.Equal(0, postings[Text, 70_000].Count);
        Assert.Equal(0, postings[Demand, 70_000].Count);
        Assert.Equal(0, postings[Supply, 12].Count);
        Assert.Equal(0, postings[Supply, 10_000_000].Count);
    }

    [Fact]
    public void A_second_document_makes_a_list_in_the_order_added_and_removing_goes_back_to_one()
    {
        var postings = Postings();
        Add(postings, Text, term: 9, document: 4, frequency: 3);
        Add(postings, Text, term: 9, document: 1, frequency: 2);
        Add(postings, Text, term: 9, document: 7, frequency: 1);

        Assert.Equal([(4, 3), (1, 2), (7, 1)], Pairs(postings[Text, 9]));
        Assert.Equal(3, postings.Count(Text, 9));

        postings.Remove(Text, 9, 4);
        postings.Remove(Text, 9, 7);
        Assert.Equal((1, 1), (postings[Text, 9].Count, postings[Text, 9].Single));
        Assert.Equal([(1, PostingList.SaturatedFrequency)], Pairs(postings[Text, 9]));

        postings.Remove(Text, 9, 1);
        Assert.Equal(0, postings.Count(Text, 9));
        Add(postings, Text, term: 9, document: 2, frequency: 5);
        Add(postings, Text, term: 9, document: 3, frequency: 6);
        Assert.Equal([(2, 5), (3, 6)], Pairs(postings[Text, 9]));
    }

    [Fact]
    public void A_term_keeps_each_field_apart_and_goes_back_to_one_place()
    {
        var postings = Postings();
        Add(postings, Demand, term: 3, document: 8, frequency: 2);
        Add(postings, Supply, term: 3, document: 8, frequency: 4);
        Add(postings, Supply, term: 3, document: 5, frequency: 1);

        Assert.Equal((1, 8), (postings[Demand, 3].Count, postings[Demand, 3].Single));
        Assert.Equal([(8, 4), (5, 1)], Pairs(postings[Supply, 3]));
        Assert.Equal(0, postings.Count(Text, 3));

        // Removing a document from a field it is not in changes nothing.
        postings.Remove(Text, 3, 8);
        postings.Remove(Demand, 3, 5);
        Assert.Equal((1, 2), (postings.Count(Demand, 3), postings.Count(Supply, 3)));

        postings.Remove(Supply, 3, 8);
        postings.Remove(Demand, 3, 8);
        Assert.Equal((0, 1, 5), (postings.Count(Demand, 3), postings.Count(Supply, 3), postings[Supply, 3].Single));

        postings.Remove(Supply, 3, 5);
        Assert.Equal(0, postings.Count(Supply, 3));

        // The freed record serves the next term in two places, starting empty.
        Add(postings, Text, term: 11, document: 1, frequency: 1);
        Add(postings, Demand, term: 11, document: 2, frequency: 1);
        Assert.Equal((1, 0, 1), (postings.Count(Text, 11), postings.Count(Supply, 11), postings.Count(Demand, 11)));
        Assert.Equal((1, 2), (postings[Text, 11].Single, postings[Demand, 11].Single));
    }

    [Fact]
    public void One_document_in_several_fields_is_found_in_each_until_removed_from_each()
    {
        var postings = Postings();
        Add(postings, Text, term: 20, document: 6, frequency: 2);
        Add(postings, Supply, term: 20, document: 6, frequency: 1);

        Assert.Equal((1, 6, 1, 6, 0), (postings.Count(Text, 20), postings[Text, 20].Single, postings.Count(Supply, 20), postings[Supply, 20].Single, postings.Count(Demand, 20)));

        postings.Remove(Text, 20, 6);
        postings.Remove(Supply, 20, 7);
        postings.Remove(Demand, 20, 6);
        Assert.Equal((0, 1, 6), (postings.Count(Text, 20), postings.Count(Supply, 20), postings[Supply, 20].Single));

        Add(postings, Supply, term: 20, document: 9, frequency: 3);
        Assert.Equal([(6, 1), (9, 3)], Pairs(postings[Supply, 20]));
        postings.Remove(Supply, 20, 6);
        postings.Remove(Supply, 20, 9);
        Assert.Equal((0, 0, 0), (postings.Count(Text, 20), postings.Count(Supply, 20), postings.Count(Demand, 20)));
    }

    [Fact]
    public void A_long_list_shrinks_back_to_one_document_and_grows_again()
    {
        var postings = Postings();
        for (var d = 0; d < 3_000; d++)
        {
            Add(postings, Text, term: 70_001, document: d, frequency: 1 + (d % 200));
        }

        Add(postings, Text, term: 5, document: 0, frequency: 1);
        Add(postings, Text, term: 5, document: 1, frequency: 1);
        Assert.Equal(3_000, postings.Count(Text, 70_001));
        Assert.Equal(Enumerable.Range(0, 3_000).Select(d => (d, 1 + (d % 200))), Pairs(postings[Text, 70_001]));

        for (var d = 0; d < 2_999; d++)
        {
            postings.Remove(Text, 70_001, d);
        }

        Assert.Equal((1, 2_999), (postings[Text, 70_001].Count, postings[Text, 70_001].Single));
        Add(postings, Text, term: 70_001, document: 8, frequency: 4);
        Assert.Equal([(2_999, 1 + (2_999 % 200)), (8, 4)], Pairs(postings[Text, 70_001]));
        Assert.Equal([(0, 1), (1, 1)], Pairs(postings[Text, 5]));
    }

    private TermPostings Postings() => new((field, document, term) => frequencies.GetValueOrDefault((field, document, term)));

    private void Add(TermPostings postings, MatchField field, int term, int document, int frequency)
    {
        frequencies[(field, document, term)] = frequency;
        postings.Add(field, term, document, frequency);
    }

    private static (int, int)[] Pairs(Postings postings) =>
        [.. postings.Packed(new uint[1]).ToArray().Select(p => (PostingList.DocumentOf(p), PostingList.FrequencyOf(p)))];
}
