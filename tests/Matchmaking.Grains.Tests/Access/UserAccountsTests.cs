using System.Security.Claims;
using Matchmaking.Abstractions.Access;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Grains.Access;
using Matchmaking.Grains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Grains.Tests.Access;

/// <summary>Users and API keys through the access registry grain on a real SQLite store, across a restart.</summary>
public sealed class UserAccountsTests : IAsyncLifetime
{
    private const string Bootstrap = "bootstrap-key-for-tests-0123456789";
    private readonly GrainHost host = new(services =>
    {
        services.AddSingleton(new AccessOptions { BootstrapAdminKey = Bootstrap });
        services.AddSingleton<UserAccounts>();
    });

    private UserAccounts Accounts => host.Get<UserAccounts>();

    public Task InitializeAsync() => host.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Passwords_and_keys_are_checked_stored_as_hashes_and_survive_a_restart()
    {
        var member = new UserAccount("member-acme", "Acme", Roles.Member, new ActorRef(ActorKind.Company, "acme"));
        Assert.NotNull(await Accounts.CreateAsync(member, "correct horse"));
        Assert.Null(await Accounts.CreateAsync(member, "another one"));
        var key = await Accounts.CreateApiKeyAsync("member-acme", "ci");

        Assert.Equal(member, await Accounts.VerifyPasswordAsync("member-acme", "correct horse"));
        Assert.Null(await Accounts.VerifyPasswordAsync("member-acme", "wrong horse"));
        Assert.Null(await Accounts.VerifyPasswordAsync("nobody", "correct horse"));
        Assert.Equal(member, await Accounts.FindByApiKeyAsync(key!.Key));
        Assert.StartsWith(key.Info.Prefix + "_", key.Key, StringComparison.Ordinal);

        var text = string.Concat(System.IO.Directory.GetFiles(Path.GetDirectoryName(host.Database.FilePath)!).Select(f => System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(f))));
        Assert.DoesNotContain(key.Key, text, StringComparison.Ordinal);
        Assert.DoesNotContain("correct horse", text, StringComparison.Ordinal);

        await host.RestartAsync();
        Assert.Equal(member, await Accounts.FindByApiKeyAsync(key.Key));
        Assert.Equal(member, await Accounts.VerifyPasswordAsync("member-acme", "correct horse"));

        await Accounts.RevokeApiKeyAsync(key.Info.KeyId);
        Assert.Null(await Accounts.FindByApiKeyAsync(key.Key));
        Assert.NotNull((await Accounts.GetAsync("member-acme"))!.Keys.Single().RevokedAt);
    }

    [Fact]
    public async Task The_bootstrap_key_is_an_admin_and_wrong_keys_are_nobody()
    {
        Assert.Equal(Roles.Admin, (await Accounts.FindByApiKeyAsync(Bootstrap))!.Role);
        Assert.Null(await Accounts.FindByApiKeyAsync(Bootstrap + "x"));
        Assert.Null(await Accounts.FindByApiKeyAsync("mmk_000000000000_nothing"));
        Assert.Null(await Accounts.FindByApiKeyAsync(""));
    }

    [Fact]
    public async Task Bad_users_are_refused_by_field()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Accounts.CreateAsync(new UserAccount("Not A Slug", "", "boss"), "short"));
        Assert.Equal(["id", "name", "password", "role"], error.Errors.Keys.Order());
        var member = await Assert.ThrowsAsync<ValidationFailedException>(() => Accounts.CreateAsync(new UserAccount("m", "M", Roles.Member), null));
        Assert.Contains("actor", member.Errors.Keys);
    }

    [Fact]
    public void The_principal_carries_id_name_role_and_the_members_actor()
    {
        var principal = Accounts.PrincipalFor(new UserAccount("m", "M", Roles.Member, new ActorRef(ActorKind.Startup, "visione")), "test");
        Assert.Equal("m", principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.Equal("M", principal.Identity!.Name);
        Assert.True(principal.IsInRole(Roles.Member));
        Assert.Equal("startup/visione", principal.FindFirstValue(UserAccounts.ActorClaim));
    }
}
