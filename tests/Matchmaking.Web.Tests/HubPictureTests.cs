using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Suggestions;
using Matchmaking.Silo.Pages;

namespace Matchmaking.Web.Tests;

/// <summary>The dashboard's figures and the network's layout, as pure code (no silo).</summary>
public sealed class HubPictureTests
{
    [Fact]
    public void Every_province_of_lombardy_has_a_row_by_kind_and_the_rest_share_one()
    {
        ActorSummary[] actors =
        [
            Actor(ActorKind.Company, "a", "BS"), Actor(ActorKind.Startup, "b", "bs "), Actor(ActorKind.Researcher, "c", "BS"),
            Actor(ActorKind.Company, "d", "CR"), Actor(ActorKind.Company, "e", "VR"), Actor(ActorKind.Startup, "f", null),
        ];

        var rows = HubPicture.ByProvince(actors);

        Assert.Equal(13, rows.Count);
        Assert.Equal(Lombardy.Provinces, rows.Take(12).Select(r => r.Province));
        Assert.Equal((1, 1, 1, 3), Counts(rows.Single(r => r.Province?.Code == "BS")));
        Assert.Equal((1, 0, 0, 1), Counts(rows.Single(r => r.Province?.Code == "CR")));
        Assert.Equal((0, 0, 0, 0), Counts(rows.Single(r => r.Province?.Code == "SO")));
        Assert.Equal((1, 1, 0, 2), Counts(rows[^1]));
        Assert.Null(rows[^1].Province);
        Assert.Equal(12, HubPicture.ByProvince([actors[0]]).Count);
    }

    [Fact]
    public void The_network_leaves_out_what_the_viewer_may_not_see_and_draws_the_best_connected_first()
    {
        var (hub, a, b, hidden) = (Actor(ActorKind.Researcher, "hub"), Actor(ActorKind.Company, "a"), Actor(ActorKind.Startup, "b"), Actor(ActorKind.Company, "hidden"));
        var visible = new[] { hub, a, b }.ToDictionary(Ref);

        var picture = HubPicture.Network([Edge(a, hub, 2), Edge(b, hub), Edge(hidden, hub)], visible);

        Assert.Equal(["hub", "a", "b"], picture.Nodes.Select(n => n.Actor.Id));
        Assert.Equal([2, 1, 1], picture.Nodes.Select(n => n.Degree));
        Assert.Equal((3, 2), (picture.Actors, picture.Collaborations));
        Assert.Equal([new NetworkEdge(1, 0, 2), new NetworkEdge(2, 0, 1)], picture.Edges);
        Assert.Same(CollaborationPicture.Empty, HubPicture.Network([Edge(hidden, hub)], visible));
    }

    [Fact]
    public void A_network_larger_than_the_picture_draws_the_actors_with_most_partners_and_counts_them_all()
    {
        var star = Actor(ActorKind.Researcher, "star");
        var others = Enumerable.Range(0, NetworkLayout.MaxNodes + 20).Select(i => Actor(ActorKind.Company, $"c{i:000}")).ToList();
        var visible = others.Append(star).ToDictionary(Ref);

        var picture = HubPicture.Network([.. others.Select(o => Edge(o, star))], visible);

        Assert.Equal(NetworkLayout.MaxNodes, picture.Nodes.Count);
        Assert.Equal("star", picture.Nodes[0].Actor.Id);
        Assert.Equal((NetworkLayout.MaxNodes + 21, NetworkLayout.MaxNodes + 20), (picture.Actors, picture.Collaborations));
        Assert.Equal(NetworkLayout.MaxNodes - 1, picture.Edges.Count);
    }

    [Fact]
    public void The_layout_is_the_same_every_time_inside_the_square_and_keeps_partners_closer_than_strangers()
    {
        // Two groups of five, everyone joined within a group, one bridge between them.
        var edges = new List<(int, int)>();
        for (var group = 0; group < 2; group++)
        {
            for (var i = 0; i < 5; i++)
            {
                for (var j = i + 1; j < 5; j++)
                {
                    edges.Add(((group * 5) + i, (group * 5) + j));
                }
            }
        }

        edges.Add((0, 5));
        var first = NetworkLayout.Place(10, edges);

        Assert.Equal(first, NetworkLayout.Place(10, edges));
        Assert.All(first, p => Assert.InRange(p.X, 0, 1));
        Assert.All(first, p => Assert.InRange(p.Y, 0, 1));
        double Distance(int i, int j) => Math.Sqrt(Math.Pow(first[i].X - first[j].X, 2) + Math.Pow(first[i].Y - first[j].Y, 2));
        var within = edges.Where(e => e != (0, 5)).Average(e => Distance(e.Item1, e.Item2));
        var across = (from i in Enumerable.Range(1, 4) from j in Enumerable.Range(6, 4) select Distance(i, j)).Average();
        Assert.True(within * 1.5 < across, $"partners {within:0.00} apart, strangers {across:0.00}");
        Assert.Equal([(0.5, 0.5)], NetworkLayout.Place(1, []));
        Assert.Empty(NetworkLayout.Place(0, []));
    }

    [Theory]
    [InlineData("Officine Bresciane Valvole S.r.l.", "Officine Bresciane Valvole")]
    [InlineData("Acciaierie del Mella S.p.A.", "Acciaierie del Mella")]
    [InlineData("Trompia Barrels & Components S.r.l.", "Trompia Barrels & Components")]
    [InlineData("Laboratori Cosmetici Lodigiani S.r.l.", "Laboratori Cosmetici Lodigi…")]
    [InlineData("Ing. Davide Lancini", "Ing. Davide Lancini")]
    public void Network_labels_drop_the_company_form_and_stay_short(string name, string label) =>
        Assert.Equal(label, DashboardCharts.ShortName(name));

    [Theory]
    [InlineData("VisioDefect S.r.l.", new[] { "VisioDefect S.r.l." })]
    [InlineData("Officine Bresciane Valvole S.r.l.", new[] { "Officine Bresciane", "Valvole S.r.l." })]
    [InlineData("Politecnicodimilanopolodicremonalaboratorio", new[] { "Politecnicodimilanopolodicremonalaboratorio" })]
    public void Team_graph_names_are_whole_on_one_or_two_lines(string name, string[] lines) =>
        Assert.Equal(lines, Charts.NameLines(name));

    private static (int, int, int, int) Counts(ProvinceCount row) => (row.Companies, row.Startups, row.Researchers, row.Total);

    private static ActorSummary Actor(ActorKind kind, string id, string? province = "BS") => new(kind, id, id.ToUpperInvariant(), province, null, []);

    private static ActorRef Ref(ActorSummary actor) => new(actor.Kind, actor.Id);

    private static CollaborationEdge Edge(ActorSummary first, ActorSummary second, int times = 1) => new(Ref(first), Ref(second), times);
}
