using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Matchmaking.Bench.Synthetic;
using Matchmaking.Matching.Index;
using Matchmaking.Matching.Profiles;
using Matchmaking.Matching.Scoring;

namespace Matchmaking.Bench.Scale;

/// <summary>
/// <c>fingerprint [--size 10000] [--queries 300] [--seed 42] [--out FILE] [--bulk]</c>: the engine's complete output on a
/// synthetic index built on one thread (so that document and term ids, and therefore every sum, are the same run to run;
/// with <c>--bulk</c> by <see cref="MatchIndex.UpsertMany"/>, which must give the same index and so the same hash):
/// suggestions with reasons under varied filters, brief queries, every factor value of the candidates (to the last
/// bit), then the same after profiles are replaced and removed. Prints a SHA-256 of it: a change meant to make the
/// engine faster or smaller must leave it the same.
/// </summary>
public static class FingerprintCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var size = Arguments.Int(args, "--size", 10_000);
        var count = Arguments.Int(args, "--queries", 300);
        var seed = Arguments.Int(args, "--seed", 42);
        var file = Arguments.Text(args, "--out", "");
        var ecosystem = new SyntheticEcosystem(seed);
        var clock = Stopwatch.StartNew();
        var index = new MatchIndex();
        var profiles = new Dictionary<string, MatchProfile>(StringComparer.Ordinal);
        var bulk = args.Contains("--bulk");
        for (var i = 0; i < size; i++)
        {
            var profile = ecosystem.Actor(i).ToMatchProfile();
            profiles[profile.Key] = profile;
            if (!bulk)
            {
                index.Upsert(profile);
            }
        }

        if (bulk)
        {
            index.UpsertMany([.. profiles.Values]);
        }

        Console.Error.WriteLine($"built {size:N0} in {clock.Elapsed.TotalSeconds:F1} s");
        var text = new StringBuilder();
        var random = new Random(seed);
        Ask(index, profiles, random, count, size, text);

        // Replace a few profiles with other actors' contents and remove a few, then ask again.
        for (var i = 0; i < size / 100; i++)
        {
            var target = random.Next(size);
            var source = profiles[SyntheticEcosystem.KeyOf(random.Next(size))];
            var key = SyntheticEcosystem.KeyOf(target);
            profiles[key] = source with { Key = key, Partners = new Dictionary<string, int>() };
            index.Upsert(profiles[key]);
            var removed = SyntheticEcosystem.KeyOf(random.Next(size));
            index.Remove(removed);
        }

        Ask(index, profiles, random, count / 3, size, text);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        if (file.Length > 0)
        {
            File.WriteAllText(file, text.ToString());
        }

        output.WriteLine($"{hash} ({text.Length:N0} characters, {clock.Elapsed.TotalSeconds:F1} s)");
        return 0;
    }

    private static void Ask(MatchIndex index, Dictionary<string, MatchProfile> profiles, Random random, int count, int size, StringBuilder text)
    {
        var themes = index.Taxonomy.All.Select(t => t.Id).ToArray();
        string[] provinces = ["MI", "BS", "TO", "RM"];
        for (var q = 0; q < count; q++)
        {
            var askerKey = SyntheticEcosystem.KeyOf(random.Next(size));
            var brief = random.Next(5) == 0;
            var asker = profiles[askerKey];
            var query = new SuggestionQuery
            {
                AskerKey = brief && random.Next(2) == 0 ? null : askerKey,
                Brief = brief ? string.Join(". ", asker.Needs.Concat(asker.Offers.Take(1))) : null,
                Targets = random.Next(2) == 0 ? new HashSet<ActorType>() : new HashSet<ActorType> { (ActorType)random.Next(3) },
                Theme = random.Next(8) == 0 ? themes[random.Next(themes.Length)] : null,
                Province = random.Next(8) == 0 ? provinces[random.Next(provinces.Length)] : null,
                Top = random.Next(4) == 0 ? 25 : 10,
                Excluded = random.Next(6) == 0 ? new HashSet<string> { SyntheticEcosystem.KeyOf(random.Next(size)) } : new HashSet<string>(),
                PublicOnly = random.Next(6) == 0,
                NewPartnersOnly = random.Next(6) == 0,
                Diversify = random.Next(4) != 0,
                Now = SyntheticEcosystem.Now,
                Profiles = random.Next(10) == 0 ? null : k => profiles.GetValueOrDefault(k),
            };
            if (query.AskerKey is not null && !index.Contains(query.AskerKey))
            {
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"Q{q} {query.AskerKey} brief={query.Brief?.Length} {string.Join(',', query.Targets)} {query.Theme} {query.Province} {query.Top} {query.PublicOnly} {query.NewPartnersOnly} {query.Diversify}\n");
            foreach (var s in index.Suggest(query))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {s.Key} {s.Type} {s.Name} {s.Score.ToString("R", CultureInfo.InvariantCulture)}\n");
                foreach (var r in s.Reasons)
                {
                    text.Append(CultureInfo.InvariantCulture, $"    {r.Factor} {r.Contribution.ToString("R", CultureInfo.InvariantCulture)} {r.Evidence}\n");
                }
            }

            if (q % 3 == 0)
            {
                foreach (var (key, factors, shared) in index.Features(query).OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    text.Append(CultureInfo.InvariantCulture, $"  F {key} {shared} {R(factors.Needs)} {R(factors.Offers)} {R(factors.Mutual)} {R(factors.Themes)} {R(factors.Text)} {R(factors.Graph)} {R(factors.Feedback)} {R(factors.Proximity)} {R(factors.Kind)} {R(factors.TrackRecord)} {R(factors.Stage)} {R(factors.Freshness)} {R(factors.FitShare)}\n");
                }
            }
        }
    }

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
