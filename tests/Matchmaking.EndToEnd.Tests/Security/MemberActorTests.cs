using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matchmaking.EndToEnd.Tests.Infrastructure;

namespace Matchmaking.EndToEnd.Tests.Security;

/// <summary>A member can be bound only to an actor that exists: otherwise 400 naming <c>actor</c>, and no user is made.</summary>
public sealed class MemberActorTests(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    [Theory]
    [InlineData("company")]
    [InlineData("startup")]
    [InlineData("researcher")]
    public async Task A_member_of_an_actor_that_does_not_exist_is_refused_and_not_created(string kind)
    {
        var user = Documents.NewId("ghost-member");
        var actor = Documents.NewId("ghost");
        using var created = await fixture.Http.PostAsJsonAsync("api/users", new JsonObject
        {
            ["id"] = user, ["name"] = "Ghost", ["role"] = "member", ["password"] = "ghost-password",
            ["actor"] = new JsonObject { ["kind"] = kind, ["id"] = actor },
        });

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Equal("application/problem+json", created.Content.Headers.ContentType?.MediaType);
        var errors = (await created.ReadObjectAsync())["errors"]!.AsObject();
        Assert.Equal("actor", Assert.Single(errors).Key);
        Assert.Contains($"There is no {kind} '{actor}'", (string)errors["actor"]![0]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Http.GetAsync($"api/users/{user}")).StatusCode);
        var all = await (await fixture.Http.GetAsync("api/users")).ReadObjectAsync();
        Assert.DoesNotContain(all["items"]!.AsArray(), u => (string?)u!["id"] == user);
    }

    [Fact]
    public async Task The_same_id_as_another_kind_does_not_count_and_a_hidden_actor_does()
    {
        var id = Documents.NewId("bound");
        var hidden = Documents.Startup();
        hidden["visibility"] = "hidden";
        (await fixture.Http.PutAsJsonAsync($"api/startups/{id}", hidden)).EnsureSuccessStatusCode();

        using var wrongKind = await fixture.Http.PostAsJsonAsync("api/users", new JsonObject
        {
            ["id"] = Documents.NewId("member"), ["name"] = "M", ["role"] = "member",
            ["actor"] = new JsonObject { ["kind"] = "company", ["id"] = id },
        });
        Assert.Equal(HttpStatusCode.BadRequest, wrongKind.StatusCode);

        var member = await fixture.CreateUserAsync("member", $"startup/{id}");
        var me = await (await fixture.ClientFor(member).GetAsync("api/me")).ReadObjectAsync();
        Assert.Equal(id, (string?)me["actor"]!["id"]);
    }
}
