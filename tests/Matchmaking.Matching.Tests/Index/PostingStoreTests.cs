using Matchmaking.Matching.Index;
using Xunit;

namespace Matchmaking.Matching.Tests.Index;

public sealed class PostingStoreTests
{
    [Fact]
    public void A_list_grows_past_its_blocks_into_an_array_of_its_own_keeping_the_order()
    {
        var store = new PostingStore();
        var handle = store.Create(Posting(5, 1), Posting(3, 2));
        List<uint> expected = [Posting(5, 1), Posting(3, 2)];
        for (var d = 10; d < 10 + (3 * PostingStore.MaxBlockCapacity); d++)
        {
            handle = store.Add(handle, Posting(d, d % 7));
            expected.Add(Posting(d, d % 7));
            if (d % 97 == 0 || expected.Count == PostingStore.MaxBlockCapacity + 1)
            {
                Assert.Equal(expected, store.Postings(handle));
            }
        }

        Assert.Equal(expected.Count, store.Count(handle));
        Assert.Equal(expected, store.Postings(handle));
    }

    [Fact]
    public void Removing_moves_the_last_posting_into_the_gap_and_shrinks_back_down_to_one()
    {
        var store = new PostingStore();
        var handle = store.Create(Posting(0, 1), Posting(1, 1));
        List<uint> expected = [Posting(0, 1), Posting(1, 1)];
        for (var d = 2; d < 2_000; d++)
        {
            handle = store.Add(handle, Posting(d, 1));
            expected.Add(Posting(d, 1));
        }

        var random = new Random(7);
        while (expected.Count > 1)
        {
            var document = PostingList.DocumentOf(expected[random.Next(expected.Count)]);
            handle = store.Remove(handle, document);
            RemoveLikeTheStore(expected, document);
            Assert.Equal(expected, store.Postings(handle));
            Assert.Equal(expected.Count, store.Count(handle));
        }

        handle = store.Remove(handle, 123_456);
        Assert.Equal(expected, store.Postings(handle));
    }

    [Fact]
    public void Many_lists_growing_shrinking_and_freed_at_random_keep_their_own_postings()
    {
        var store = new PostingStore();
        var random = new Random(42);
        var lists = new List<(int Handle, List<uint> Expected)>();
        var next = 0;
        for (var step = 0; step < 40_000; step++)
        {
            var action = random.Next(10);
            if (lists.Count == 0 || action == 0)
            {
                var first = Posting(next++, 1);
                var second = Posting(next++, 2);
                lists.Add((store.Create(first, second), [first, second]));
                continue;
            }

            var which = random.Next(4) == 0 ? 0 : random.Next(lists.Count);
            var (handle, expected) = lists[which];
            if (action <= 6)
            {
                // Lists grow faster than they shrink, so that some outgrow their blocks.
                var posting = Posting(next++, random.Next(1, 300));
                handle = store.Add(handle, posting);
                expected.Add(posting);
            }
            else
            {
                var document = PostingList.DocumentOf(expected[random.Next(expected.Count)]);
                handle = store.Remove(handle, document);
                RemoveLikeTheStore(expected, document);
            }

            if (expected.Count < 2)
            {
                store.Free(handle);
                lists.RemoveAt(which);
                continue;
            }

            lists[which] = (handle, expected);
            if (step % 1_000 == 0)
            {
                Assert.All(lists, list => Assert.Equal(list.Expected, store.Postings(list.Handle)));
            }
        }

        Assert.Contains(lists, list => list.Expected.Count > PostingStore.MaxBlockCapacity);
        Assert.All(lists, list => Assert.Equal(list.Expected, store.Postings(list.Handle)));
        Assert.All(lists, list => Assert.Equal(list.Expected.Count, store.Count(list.Handle)));
    }

    [Fact]
    public void A_freed_block_is_reused_by_the_next_list_of_its_size()
    {
        var store = new PostingStore();
        var first = store.Create(Posting(1, 1), Posting(2, 1));
        var second = store.Create(Posting(3, 1), Posting(4, 1));
        store.Free(first);

        var third = store.Create(Posting(5, 1), Posting(6, 1));

        Assert.Equal(first, third);
        Assert.Equal([Posting(3, 1), Posting(4, 1)], store.Postings(second));
        Assert.Equal([Posting(5, 1), Posting(6, 1)], store.Postings(third));
    }

    private static uint Posting(int document, int frequency) => PostingList.Pack(document, frequency);

    private static void RemoveLikeTheStore(List<uint> postings, int document)
    {
        var index = postings.FindIndex(p => PostingList.DocumentOf(p) == document);
        postings[index] = postings[^1];
        postings.RemoveAt(postings.Count - 1);
    }
}
