using Matchmaking.Matching.Index;
using Xunit;

namespace Matchmaking.Matching.Tests.Index;

public sealed class DocumentKeysTests
{
    [Fact]
    public void Every_key_finds_its_document_as_the_table_grows()
    {
        var keys = new List<string>();
        var table = new DocumentKeys(document => keys[document]);
        for (var i = 0; i < 50_000; i++)
        {
            keys.Add($"company/{i}");
            table.Add(keys[i], i);
            if (i % 4_999 == 0)
            {
                Assert.All(Enumerable.Range(0, i + 1), d => Assert.Equal((true, d), (table.TryGetValue(keys[d], out var found), found)));
            }
        }

        Assert.Equal(50_000, table.Count);
        Assert.True(table.TryGetValue("company/49999", out var last));
        Assert.Equal(49_999, last);
        Assert.False(table.TryGetValue("company/50000", out _));
        Assert.False(table.TryGetValue("Company/1", out _));
        Assert.False(table.TryGetValue("", out _));
    }

    [Fact]
    public void A_key_is_added_once_and_null_is_no_key()
    {
        var keys = new List<string> { "startup/a" };
        var table = new DocumentKeys(document => keys[document]);
        table.Add("startup/a", 0);

        Assert.Throws<InvalidOperationException>(() => table.Add("startup/a", 0));
        Assert.Throws<ArgumentNullException>(() => table.TryGetValue(null!, out _));
    }
}
