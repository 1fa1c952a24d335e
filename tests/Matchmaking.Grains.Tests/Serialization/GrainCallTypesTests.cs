using System.Reflection;
using Matchmaking.Abstractions.Errors;
using Matchmaking.Abstractions.Grains;
using Matchmaking.Abstractions.Profiles;
using Matchmaking.Abstractions.Suggestions;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using Orleans.Serialization.Serializers;

namespace Matchmaking.Grains.Tests.Serialization;

/// <summary>
/// Every type that crosses a grain call has Orleans code generation, so a new record without it fails here
/// and not on the first call between two silos; values made the way the code makes them (collection
/// expressions included) survive a round trip; errors keep their fields.
/// </summary>
public sealed class GrainCallTypesTests
{
    private static readonly Assembly Contracts = typeof(IProfileGrain<>).Assembly;
    private readonly ServiceProvider services = new ServiceCollection().AddSerializer().BuildServiceProvider();

    public static TheoryData<string> CrossingTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in Crossing().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.AssemblyQualifiedName!);
        }

        return data;
    }

    [Fact]
    public void The_grain_interfaces_are_found_and_name_our_records()
    {
        var types = Crossing().Select(t => t.Name).ToList();
        Assert.Contains(nameof(CompanyProfile), types);
        Assert.Contains(nameof(SuggestionItem), types);
        Assert.Contains(nameof(ValidationFailedException), types);
        Assert.True(types.Count > 30, $"only {types.Count} types found");
    }

    [Theory]
    [MemberData(nameof(CrossingTypes))]
    public void A_type_that_crosses_a_grain_call_has_a_generated_codec_and_copier(string typeName)
    {
        var type = Type.GetType(typeName, throwOnError: true)!;
        Assert.True(
            type.GetCustomAttribute<GenerateSerializerAttribute>() is not null,
            $"{type.Name} crosses a grain call but has no [GenerateSerializer]");
        Assert.NotNull(services.GetRequiredService<ICodecProvider>().TryGetCodec(type));
        Assert.NotNull(services.GetRequiredService<IDeepCopierProvider>().TryGetDeepCopier(type));
    }

    [Fact]
    public void A_profile_built_with_collection_expressions_round_trips()
    {
        var profile = new CompanyProfile
        {
            Name = "Valvole città",
            Themes = ["industrial-iot", "ai"],
            Offers = ["valvole"],
            Needs = [],
            Collaborations = [new ActorRef(ActorKind.Researcher, "rossi")],
            Memberships = [new HubMembership("csmt", "resident-partner")],
            Location = new Location("Sarezzo", "BS", "Lombardia", "IT"),
        };

        // What the compiler makes of a collection expression typed as a read-only list: a type of its own.
        Assert.StartsWith("<>z__", profile.Themes.GetType().Name, StringComparison.Ordinal);

        var copy = RoundTrip(profile);

        Assert.Equal(profile.Name, copy.Name);
        Assert.Equal(profile.Themes, copy.Themes);
        Assert.Equal(profile.Offers, copy.Offers);
        Assert.Empty(copy.Needs);
        Assert.Equal(profile.Collaborations, copy.Collaborations);
        Assert.Equal(profile.Memberships, copy.Memberships);
        Assert.Equal(profile.Location, copy.Location);
    }

    [Fact]
    public void A_validation_error_keeps_its_field_errors_across_a_call()
    {
        var error = new ValidationFailedException(new Dictionary<string, string[]> { ["location.province"] = ["Unknown province."], ["themes[2]"] = ["Unknown theme."] });

        var copy = RoundTrip(error);

        Assert.Equal(error.Message, copy.Message);
        Assert.Equal(["Unknown province."], copy.Errors["location.province"]);
        Assert.Equal(["Unknown theme."], copy.Errors["themes[2]"]);
    }

    [Fact]
    public void A_missing_actor_error_keeps_the_actor()
    {
        var copy = RoundTrip(new ActorNotFoundException(new ActorRef(ActorKind.Startup, "visione"), "the feedback's target"));

        Assert.Equal(new ActorRef(ActorKind.Startup, "visione"), copy.Actor);
        Assert.Contains("visione", copy.Message, StringComparison.Ordinal);
    }

    private T RoundTrip<T>(T value)
    {
        var serializer = services.GetRequiredService<Serializer>();
        return serializer.Deserialize<T>(serializer.SerializeToArray(value))!;
    }

    // The records, enums and errors of our own that grain interface methods take, return or throw, and what they hold.
    private static HashSet<Type> Crossing()
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>();
        foreach (var grain in Contracts.GetTypes().Where(t => t.IsInterface && typeof(IAddressable).IsAssignableFrom(t)))
        {
            foreach (var method in grain.GetMethods().Concat(grain.GetInterfaces().SelectMany(i => i.GetMethods())))
            {
                pending.Push(method.ReturnType);
                foreach (var parameter in method.GetParameters())
                {
                    pending.Push(parameter.ParameterType);
                }
            }
        }

        foreach (var error in Contracts.GetTypes().Where(t => typeof(Exception).IsAssignableFrom(t)))
        {
            pending.Push(error);
        }

        while (pending.TryPop(out var type))
        {
            if (type.IsGenericParameter)
            {
                continue;
            }

            if (type.IsGenericType)
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    pending.Push(argument);
                }

                if (type.Assembly != Contracts || type.ContainsGenericParameters)
                {
                    continue;
                }
            }

            if (type.IsArray)
            {
                pending.Push(type.GetElementType()!);
                continue;
            }

            if (type.Assembly != Contracts || !found.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                pending.Push(property.PropertyType);
            }

            if (type.BaseType is { } baseType && baseType.Assembly == Contracts)
            {
                pending.Push(baseType);
            }
        }

        return found;
    }
}
