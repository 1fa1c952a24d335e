using System.Collections.Immutable;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Matching.Text;
using Matchmaking.Matching.Themes;

namespace Matchmaking.Grains.Directory;

/// <summary>
/// The in-memory directory of actors: the lists, filters and theme views read from it. Profile grains
/// update it after each acknowledged write; at start it is rebuilt from storage
/// (<see cref="ReadModels.EcosystemReplica"/>). Thread-safe. Entries are kept in list order (by name) as they are
/// written (an immutable sorted set, replaced by each write), so a list is one pass over an ordered array taken from it
/// again only after a change, outside the writers' lock, without a sort.
/// </summary>
public sealed class ActorDirectory(ThemeTaxonomy taxonomy)
{
    private readonly Lock gate = new();
    private readonly Dictionary<(ActorKind Kind, string Id), DirectoryEntry> entries = [];
    private ImmutableSortedSet<DirectoryEntry> ordered = ImmutableSortedSet.Create<DirectoryEntry>(BySortKey.Instance);
    private readonly Dictionary<string, int> provinces = new(StringComparer.Ordinal);
    private readonly Dictionary<(ActorKind Kind, string Id), string> unreadable = [];
    private readonly ThemeBits bits = new(taxonomy);
    private OrderedSnapshot? snapshot;

    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    public void Upsert(ActorKind kind, string id, ActorProfile profile)
    {
        var entry = CreateEntry(kind, id, profile);
        lock (gate)
        {
            RemoveLocked(kind, id);
            entries[(kind, id)] = entry;
            Volatile.Write(ref ordered, ordered.Add(entry));
            CountProvince(entry, +1);
            unreadable.Remove((kind, id));
        }
    }

    public void Remove(ActorKind kind, string id)
    {
        lock (gate)
        {
            RemoveLocked(kind, id);
            unreadable.Remove((kind, id));
        }
    }

    /// <summary>
    /// An actor whose stored profile cannot be read: out of every list and view (its visibility is unknown), and
    /// named by <see cref="Unreadable"/> until a write or a delete replaces it.
    /// </summary>
    public void MarkUnreadable(ActorKind kind, string id, string problem)
    {
        lock (gate)
        {
            RemoveLocked(kind, id);
            unreadable[(kind, id)] = problem;
        }
    }

    /// <summary>The actors (of one kind, when given) whose stored profile cannot be read, and what is wrong with each.</summary>
    public IReadOnlyList<(ActorRef Actor, string Problem)> Unreadable(ActorKind? kind = null)
    {
        lock (gate)
        {
            return [.. unreadable
                .Where(u => kind is null || u.Key.Kind == kind)
                .OrderBy(u => u.Key.Kind).ThenBy(u => u.Key.Id, StringComparer.Ordinal)
                .Select(u => (new ActorRef(u.Key.Kind, u.Key.Id), u.Value))];
        }
    }

    // Callers hold the gate.
    private void RemoveLocked(ActorKind kind, string id)
    {
        if (entries.Remove((kind, id), out var old))
        {
            Volatile.Write(ref ordered, ordered.Remove(old));
            CountProvince(old, -1);
        }
    }

    public bool Contains(ActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        lock (gate)
        {
            return entries.ContainsKey((actor.Kind, actor.Id));
        }
    }

    /// <summary>Who may see the actor, or null when it is not in the directory.</summary>
    public ActorVisibility? VisibilityOf(ActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        lock (gate)
        {
            return entries.TryGetValue((actor.Kind, actor.Id), out var entry) ? entry.Visibility : null;
        }
    }

    /// <summary>The actor's hub memberships (empty when it has none or is not in the directory).</summary>
    public IReadOnlyList<HubMembership> MembershipsOf(ActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        lock (gate)
        {
            return entries.TryGetValue((actor.Kind, actor.Id), out var entry) ? entry.Summary.Memberships ?? [] : [];
        }
    }

    /// <summary>The province codes where at least one actor is, in order.</summary>
    public IReadOnlyList<string> Provinces()
    {
        lock (gate)
        {
            return [.. provinces.Keys.Order(StringComparer.Ordinal)];
        }
    }

    public Page<ActorSummary> Query(DirectoryQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var themes = query.Theme is null ? null : Filter(query.Theme);
        var words = query.Text is null ? [] : TextFolding.Fold(query.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sketches = words.Select(TrigramSketch.Of).ToArray();
        var first = (long)(query.Page - 1) * query.PageSize;
        var items = new List<ActorSummary>(query.PageSize);
        var total = 0;
        foreach (var e in Snapshot())
        {
            if ((query.Kind is null || e.Summary.Kind == query.Kind) &&
                (query.Province is null || string.Equals(e.Summary.Province, query.Province, StringComparison.OrdinalIgnoreCase)) &&
                HasMembership(e.Summary, query.Tier, query.Hub) &&
                (themes is null || themes.Matches(e, both: true)) &&
                ContainsAll(e, words, sketches) &&
                (query.Visible is null || query.Visible(new ActorRef(e.Summary.Kind, e.Summary.Id), e.Visibility)))
            {
                if (total >= first && items.Count < query.PageSize)
                {
                    items.Add(e.Summary);
                }

                total++;
            }
        }

        return new Page<ActorSummary>(items, total);
    }

    /// <summary>Every actor (of one kind, when given), by name.</summary>
    public IReadOnlyList<ActorSummary> All(ActorKind? kind = null) => Snapshot()
        .Where(e => kind is null || e.Summary.Kind == kind)
        .Select(e => e.Summary)
        .ToList();

    /// <summary>Actors offering the theme or one of its sub-themes, by name.</summary>
    public IReadOnlyList<ActorSummary> Offerers(string themeId) => Select(Filter(themeId), offered: true);

    /// <summary>Actors seeking the theme or one of its sub-themes, by name.</summary>
    public IReadOnlyList<ActorSummary> Seekers(string themeId) => Select(Filter(themeId), offered: false);

    private List<ActorSummary> Select(ThemeFilter themes, bool offered)
    {
        var found = new List<ActorSummary>();
        foreach (var e in Snapshot())
        {
            if (themes.Matches(e, both: false, offered))
            {
                found.Add(e.Summary);
            }
        }

        return found;
    }

    private ThemeFilter Filter(string themeId)
    {
        var themes = WithDescendants(themeId);
        return new ThemeFilter(themes, bits.TryMask(themes, out var mask) ? mask : null);
    }

    /// <summary>A theme and its descendants, as a mask when they all have a bit (one AND per entry) and as a set.</summary>
    private sealed record ThemeFilter(HashSet<string> Themes, ulong? Mask)
    {
        public bool Matches(DirectoryEntry e, bool both, bool offered = true)
        {
            if (Mask is { } mask && e.MasksComplete)
            {
                return both ? ((e.OfferedMask | e.SoughtMask) & mask) != 0 : ((offered ? e.OfferedMask : e.SoughtMask) & mask) != 0;
            }

            return both ? e.OfferedThemes.Overlaps(Themes) || e.SoughtThemes.Overlaps(Themes) : (offered ? e.OfferedThemes : e.SoughtThemes).Overlaps(Themes);
        }
    }

    private static bool ContainsAll(DirectoryEntry entry, string[] words, ulong[][] sketches)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (!TrigramSketch.MayContain(entry.TextSketch, sketches[i]) || !entry.FoldedText.Contains(words[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private void CountProvince(DirectoryEntry entry, int delta)
    {
        if (entry.Summary.Province is not { } province)
        {
            return;
        }

        var count = provinces.GetValueOrDefault(province) + delta;
        if (count > 0)
        {
            provinces[province] = count;
        }
        else
        {
            provinces.Remove(province);
        }
    }

    /// <summary>
    /// Every entry in list order; the same array until the next change (callers only read it). Taken from the
    /// immutable set without a lock, so lists never wait for writers; readers that race may both build it.
    /// </summary>
    private DirectoryEntry[] Snapshot()
    {
        var set = Volatile.Read(ref ordered);
        if (Volatile.Read(ref snapshot) is { } taken && ReferenceEquals(taken.Set, set))
        {
            return taken.Entries;
        }

        var entries = new DirectoryEntry[set.Count];
        ((ICollection<DirectoryEntry>)set).CopyTo(entries, 0);
        Volatile.Write(ref snapshot, new OrderedSnapshot(set, entries));
        return entries;
    }

    private sealed record OrderedSnapshot(ImmutableSortedSet<DirectoryEntry> Set, DirectoryEntry[] Entries);

    /// <summary>List order: folded name, then kind and id (unique, so it tells any two entries apart).</summary>
    private sealed class BySortKey : IComparer<DirectoryEntry>
    {
        public static readonly BySortKey Instance = new();

        public int Compare(DirectoryEntry? x, DirectoryEntry? y) => string.CompareOrdinal(x?.SortKey, y?.SortKey);
    }

    private HashSet<string> WithDescendants(string themeId) => [themeId, .. taxonomy.Descendants(themeId)];

    private DirectoryEntry CreateEntry(ActorKind kind, string id, ActorProfile profile)
    {
        var offered = new HashSet<string>(profile.Themes, StringComparer.Ordinal);
        foreach (var offer in profile.Offers)
        {
            offered.UnionWith(taxonomy.FindInText(offer));
        }

        var sought = new HashSet<string>(StringComparer.Ordinal);
        foreach (var need in profile.Needs)
        {
            sought.UnionWith(taxonomy.FindInText(need));
        }

        var text = TextFolding.Fold(string.Join(' ', [profile.Name, profile.Description ?? "", .. profile.Offers, .. profile.Needs, .. KindText(profile)]));
        var memberships = profile switch
        {
            CompanyProfile company when company.Memberships.Count > 0 => company.Memberships,
            StartupProfile startup when startup.Memberships.Count > 0 => startup.Memberships,
            _ => null,
        };
        var summary = new ActorSummary(kind, id, profile.Name, profile.Location.Province, profile.Location.Municipality, profile.Themes, memberships);
        var (offeredMask, offeredComplete) = bits.Of(offered);
        var (soughtMask, soughtComplete) = bits.Of(sought);
        return new DirectoryEntry(summary, offered, sought, text, TextFolding.Fold(profile.Name) + "\u0001" + kind.Name() + "\u0001" + id, profile.Visibility)
        {
            OfferedMask = offeredMask,
            SoughtMask = soughtMask,
            MasksComplete = offeredComplete && soughtComplete,
            TextSketch = TrigramSketch.Of(text),
        };
    }

    // With a tier or a hub asked for: a membership of that tier, at that hub (either may be left open).
    private static bool HasMembership(ActorSummary summary, string? tier, string? hub) =>
        (tier is null && hub is null)
        || (summary.Memberships?.Any(m => (tier is null || m.Role == tier) && (hub is null || m.Hub == hub)) ?? false);

    private static IEnumerable<string> KindText(ActorProfile profile) => profile switch
    {
        ResearcherProfile r => [r.Affiliation ?? "", r.Department ?? "", r.Lab ?? "", .. r.Keywords],
        StartupProfile s => [s.Technology ?? ""],
        _ => [],
    };
}
