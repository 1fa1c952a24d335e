using Matchmaking.Bench.Evaluation;
using Matchmaking.Bench.Micro;
using Matchmaking.Bench.Quality;
using Matchmaking.Bench.Throughput;

// dotnet run -c Release --project bench/Matchmaking.Bench -- <command> [options]; see bench/README.md.
return args.FirstOrDefault() switch
{
    "eval" => await EvalCommand.RunAsync(args[1..], Console.Out, EngineRankers.All),
    "import" => await ImportBenchmark.RunAsync(args[1..], Console.Out),
    "grain-calls" => await GrainCallBenchmark.RunAsync(args[1..], Console.Out),
    "micro" => MicroBenchmarks.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Matchmaking.Bench eval|import|grain-calls|micro [options] (see bench/README.md)");
    return 2;
}
