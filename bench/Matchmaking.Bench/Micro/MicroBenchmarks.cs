using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Matchmaking.Matching.Text;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Bench.Micro;

/// <summary>BenchmarkDotNet micro-benchmarks of the text path every profile write takes.</summary>
public static class MicroBenchmarks
{
    public static int Run(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(MicroBenchmarks).Assembly).Run(args);
        return 0;
    }
}

[MemoryDiagnoser]
public class TextBenchmarks
{
    private const string Italian = "Cerchiamo partner per la manutenzione predittiva delle presse e la visione artificiale per il controllo qualità dei getti in ottone; offriamo lavorazioni CNC di precisione a Lumezzane.";
    private const string English = "We offer predictive maintenance with machine learning, industrial IoT retrofits of legacy presses and computer vision for surface-defect inspection.";

    [Benchmark(Baseline = true)]
    public string Fold() => TextFolding.Fold(Italian);

    [Benchmark]
    public IReadOnlyList<string> FindThemesItalian() => ThemeTaxonomy.Default.FindInText(Italian);

    [Benchmark]
    public IReadOnlyList<string> FindThemesEnglish() => ThemeTaxonomy.Default.FindInText(English);
}
