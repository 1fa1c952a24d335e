using Matchmaking.Matching.Index;
using Xunit;

namespace Matchmaking.Matching.Tests.Index;

public sealed class PostingListTests
{
    [Fact]
    public void A_single_posting_is_read_back_with_its_frequency()
    {
        var list = new PostingList();
        list.Add(7, 3);

        Assert.Equal([7], Documents(list));
        Assert.Equal([3], Frequencies(list));
    }

    [Fact]
    public void Postings_beyond_the_first_keep_every_document_and_frequency()
    {
        var list = new PostingList();
        for (var d = 0; d < 40; d++)
        {
            list.Add(d * 2, d + 1);
        }

        Assert.Equal(40, list.Count);
        Assert.Equal(Enumerable.Range(0, 40).Select(d => d * 2), Documents(list));
        Assert.Equal(Enumerable.Range(1, 40), Frequencies(list));
    }

    [Fact]
    public void Removing_keeps_the_other_documents_with_their_frequencies()
    {
        var list = new PostingList();
        list.Add(1, 10);
        list.Add(2, 20);
        list.Add(3, 30);

        list.Remove(1);
        list.Remove(99);

        var pairs = Documents(list).Zip(Frequencies(list)).OrderBy(p => p.First).ToArray();
        Assert.Equal([(2, 20), (3, 30)], pairs);
    }

    [Fact]
    public void The_only_posting_can_be_removed_and_another_added()
    {
        var list = new PostingList();
        list.Add(5, 1);
        list.Remove(6);
        Assert.Equal(1, list.Count);

        list.Remove(5);
        Assert.Equal(0, list.Count);
        Assert.True(list.Postings.IsEmpty);

        list.Add(9, 2);
        Assert.Equal([9], Documents(list));
        Assert.Equal([2], Frequencies(list));
    }

    [Fact]
    public void Large_document_ids_survive_and_large_frequencies_saturate()
    {
        var list = new PostingList();
        list.Add(PostingList.MaxDocuments - 1, 254);
        list.Add(3, 1_000);

        Assert.Equal([PostingList.MaxDocuments - 1, 3], Documents(list));
        Assert.Equal([254, PostingList.SaturatedFrequency], Frequencies(list));
        Assert.Throws<InvalidOperationException>(() => list.Add(PostingList.MaxDocuments, 1));
    }

    private static int[] Documents(PostingList list) => [.. list.Postings.ToArray().Select(PostingList.DocumentOf)];

    private static int[] Frequencies(PostingList list) => [.. list.Postings.ToArray().Select(PostingList.FrequencyOf)];
}
