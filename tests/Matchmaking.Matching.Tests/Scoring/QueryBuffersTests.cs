using Matchmaking.Matching.Scoring;

namespace Matchmaking.Matching.Tests.Scoring;

public sealed class QueryBuffersTests
{
    [Fact]
    public void Found_candidates_get_slots_in_document_order_and_touched_ones_the_next_slots()
    {
        var buffers = new QueryBuffers();
        buffers.Reset(200);
        foreach (var document in (int[])[130, 5, 64, 5, 199, 63])
        {
            buffers.Find(document);
        }

        buffers.Seal();
        buffers.Touch(7).Graph = 1;
        buffers.Touch(64).Graph = 2;
        buffers.Touch(7).Graph += 1;

        Assert.Equal(6, buffers.Count);
        Assert.Equal([5, 63, 64, 130, 199, 7], buffers.Documents[..6]);
        Assert.Equal(2, buffers.SlotOf(7).Graph);
        Assert.Equal(2, buffers.Slots[2].Graph);
    }

    [Fact]
    public void Every_document_keeps_its_own_slot_across_random_queries_of_growing_indexes()
    {
        var random = new Random(7);
        var buffers = new QueryBuffers();
        for (var query = 0; query < 200; query++)
        {
            var documents = random.Next(1, 5_000);
            buffers.Reset(documents);
            var model = new Dictionary<int, double>();
            for (var i = random.Next(300); i > 0; i--)
            {
                var document = random.Next(documents);
                buffers.Find(document);
                model.TryAdd(document, 0);
            }

            buffers.Seal();
            Assert.Equal(model.Keys.Order(), buffers.Documents[..model.Count]);
            for (var i = random.Next(300); i > 0; i--)
            {
                var document = random.Next(documents);
                var amount = random.Next(1, 10);
                buffers.Touch(document).Text += amount;
                model[document] = model.GetValueOrDefault(document) + amount;
            }

            Assert.Equal(model.Count, buffers.Count);
            foreach (var (document, text) in model)
            {
                Assert.Equal(text, buffers.SlotOf(document).Text);
            }

            Assert.Equal(model.Values.Sum(), buffers.Slots[..buffers.Count].Sum(s => s.Text));
        }
    }
}
