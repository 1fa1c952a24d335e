namespace Matchmaking.Matching.Scoring;

/// <summary>
/// Per-thread score accumulators, one slot per document, reused across queries: only the touched slots
/// are cleared, so a query costs what it reads, not the size of the index.
/// </summary>
internal sealed class QueryBuffers
{
    private bool[] touched = [];

    public double[] Need { get; private set; } = [];

    public double[] Offer { get; private set; } = [];

    public double[] Text { get; private set; } = [];

    public double[] Graph { get; private set; } = [];

    public double[] Feedback { get; private set; } = [];

    public List<int> Touched { get; } = [];

    public void Reset(int documents)
    {
        foreach (var d in Touched)
        {
            touched[d] = false;
            Need[d] = Offer[d] = Text[d] = Graph[d] = Feedback[d] = 0;
        }

        Touched.Clear();
        if (touched.Length < documents)
        {
            var size = Math.Max(documents, touched.Length * 2);
            touched = new bool[size];
            Need = new double[size];
            Offer = new double[size];
            Text = new double[size];
            Graph = new double[size];
            Feedback = new double[size];
        }
    }

    public void Touch(int document)
    {
        if (!touched[document])
        {
            touched[document] = true;
            Touched.Add(document);
        }
    }
}
