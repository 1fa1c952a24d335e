namespace Matchmaking.Bench.Tests.Evaluation;

/// <summary>Small sets shared by several tests.</summary>
internal static class Corpora
{
    /// <summary>Eight projects with overlapping consortia of companies (C*) and research organisations (R*).</summary>
    public static EvalSet Mixed(string lastObjective = "smart grids and battery storage for districts") =>
        FirstSeven().Consortium("p8", lastObjective, "C1", "C2", "R1", "R3", "C8");

    /// <summary>The same set without its last project (p8): what a fold that holds p8 out may know.</summary>
    public static EvalSet FirstSeven() => new EvalSet()
        .Consortium("p1", "solar photovoltaic panels and inverters for roofs", "C1", "R1", "R2", "C5")
        .Consortium("p2", "battery storage for electric vehicles and grids", "C1", "C2", "R2")
        .Consortium("p3", "precision agriculture with drones and sensors", "C3", "R3", "R4")
        .Consortium("p4", "dairy farming, milk quality and animal welfare", "R3", "R4", "C4", "C6")
        .Consortium("p5", "power electronics: silicon carbide inverters", "C2", "R1", "C5", "C7")
        .Consortium("p6", "soil sensors and irrigation for agriculture", "C3", "R4", "C6")
        .Consortium("p7", "wide band gap semiconductors for vehicles", "C7", "R1", "R2");
}
