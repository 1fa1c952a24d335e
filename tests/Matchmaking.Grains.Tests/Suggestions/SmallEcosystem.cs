using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Orleans;

namespace Matchmaking.Grains.Tests.Suggestions;

/// <summary>Four actors around predictive maintenance in Val Trompia, and one far from it.</summary>
public static class SmallEcosystem
{
    public static readonly ActorRef Valvole = new(ActorKind.Company, "valvole");
    public static readonly ActorRef Rossi = new(ActorKind.Researcher, "rossi");
    public static readonly ActorRef Bianchi = new(ActorKind.Researcher, "bianchi");
    public static readonly ActorRef Sensori = new(ActorKind.Startup, "sensori");
    public static readonly ActorRef Formaggi = new(ActorKind.Company, "formaggi");

    public static async Task WriteAsync(IGrainFactory grains)
    {
        await grains.GetGrain<ICompanyGrain>(Valvole.Id).UpsertAsync(new CompanyProfile
        {
            Name = "Valvole Lumezzane",
            Description = "Valvole in ottone; vogliamo capire quando intervenire prima dei fermi macchina.",
            Themes = ["industrial-iot"],
            Offers = ["linea pilota per test"],
            Needs = ["manutenzione predittiva su macchine transfer"],
            Location = new Location("Lumezzane", "BS", "Lombardia", "IT"),
            Employees = 80,
        });
        await grains.GetGrain<IResearcherGrain>(Rossi.Id).UpsertAsync(new ResearcherProfile
        {
            Name = "Prof. Anna Rossi",
            Description = "Predictive maintenance of machine tools from vibration data.",
            Themes = ["predictive-maintenance"],
            Offers = ["predictive maintenance"],
            Needs = ["field data from production machines"],
            Location = new Location("Brescia", "BS", "Lombardia", "IT"),
            Keywords = ["vibration analysis"],
        });
        await grains.GetGrain<IResearcherGrain>(Bianchi.Id).UpsertAsync(new ResearcherProfile
        {
            Name = "Prof. Carlo Bianchi",
            Description = "Manutenzione predittiva e monitoraggio delle condizioni di presse e forni.",
            Themes = ["predictive-maintenance"],
            Offers = ["manutenzione predittiva di presse"],
            Location = new Location("Milano", "MI", "Lombardia", "IT"),
        });
        await grains.GetGrain<IStartupGrain>(Sensori.Id).UpsertAsync(new StartupProfile
        {
            Name = "Sensori Smart",
            Description = "Sensori di vibrazione wireless per il retrofit di macchine.",
            Themes = ["industrial-iot"],
            Offers = ["sensori per manutenzione predittiva"],
            Needs = ["clienti pilota nella meccanica"],
            Location = new Location("Brescia", "BS", "Lombardia", "IT"),
            Stage = "mvp",
            Technology = "wireless vibration sensors",
        });
        await grains.GetGrain<ICompanyGrain>(Formaggi.Id).UpsertAsync(new CompanyProfile
        {
            Name = "Formaggi Cremonesi",
            Description = "Caseificio; stagionatura del grana.",
            Needs = ["tracciabilità del latte"],
            Location = new Location("Cremona", "CR", "Lombardia", "IT"),
        });
    }
}
