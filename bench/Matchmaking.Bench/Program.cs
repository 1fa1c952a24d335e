using Matchmaking.Bench.Evaluation;
using Matchmaking.Bench.Micro;
using Matchmaking.Bench.Quality;
using Matchmaking.Bench.Throughput;

// dotnet run -c Release --project bench/Matchmaking.Bench -- <command> [options]; see bench/README.md.
return args.FirstOrDefault() switch
{
    "eval" => await EvalCommand.RunAsync(args[1..], Console.Out, EngineRankers.All, EngineRankers.Teams),
    "eval-reviewers" => await Matchmaking.Bench.Reviewers.EvalReviewersCommand.RunAsync(args[1..], Console.Out),
    "embed" => Matchmaking.Bench.Embedding.EmbedCommand.Run(args[1..], Console.Out),
    "tune-weights" => await WeightTuner.RunAsync(args[1..], Console.Out),
    "import" => await ImportBenchmark.RunAsync(args[1..], Console.Out),
    "grain-calls" => await GrainCallBenchmark.RunAsync(args[1..], Console.Out),
    "registrations" => await RegistrationBenchmark.RunAsync(args[1..], Console.Out),
    "vouchers" => await VoucherBenchmark.RunAsync(args[1..], Console.Out),
    "cluster" => await Matchmaking.Bench.Cluster.ClusterCommand.RunAsync(args[1..], Console.Out),
    "micro" => MicroBenchmarks.Run(args[1..]),
    "scale" => await Matchmaking.Bench.Scale.ScaleCommand.RunAsync(args[1..], Console.Out),
    "teams" => await Matchmaking.Bench.Teams.TeamsCommand.RunAsync(args[1..], Console.Out),
    "fingerprint" => Matchmaking.Bench.Scale.FingerprintCommand.Run(args[1..], Console.Out),
    "stages" => Matchmaking.Bench.Scale.StagesCommand.Run(args[1..], Console.Out),
    "lists" => Matchmaking.Bench.Scale.ListsCommand.Run(args[1..], Console.Out),
    "build" => Matchmaking.Bench.Scale.BuildCommand.Run(args[1..], Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Matchmaking.Bench eval|eval-reviewers|embed|tune-weights|scale|stages|teams|fingerprint|import|grain-calls|registrations|vouchers|cluster|lists|build|micro [options] (see bench/README.md)");
    return 2;
}
