using Matchmaking.Matching.Index;
using Xunit;

namespace Matchmaking.Matching.Tests.Index;

public sealed class DeclarerSetTests
{
    [Fact]
    public void Members_come_out_in_the_order_a_hash_set_of_ints_lists_them_through_adds_and_removals()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var expected = new HashSet<int>();
            int[]? set = null;
            for (var step = 0; step < 60; step++)
            {
                var document = random.Next(40);
                if (expected.Contains(document))
                {
                    if (random.Next(2) == 0)
                    {
                        expected.Remove(document);
                        DeclarerSet.Remove(set!, document);
                    }
                }
                else
                {
                    expected.Add(document);
                    set = DeclarerSet.Add(set, document);
                }

                // The set's own enumeration order is what the graph relied on: compare it as a list.
                Assert.Equal(expected.ToList(), set is null ? [] : DeclarerSet.Members(set).ToList());
            }
        }
    }
}
