using System.Reflection;
using Matchmaking.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Runtime;

/// <summary>Builds the argument for a <see cref="PersistentStateAttribute"/> constructor parameter, checked at startup.</summary>
internal static class PersistentStateFactory
{
    private static readonly MethodInfo CreateMethod =
        typeof(PersistentStateFactory).GetMethod(nameof(Create), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static Func<ActivationData, IServiceProvider, object?> For(Type grainClass, ParameterInfo parameter, string stateName, string storageName)
    {
        var type = parameter.ParameterType;
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentState<>))
        {
            throw new InvalidOperationException(
                $"Parameter '{parameter.Name}' of grain {grainClass.FullName} has [PersistentState] but its type is {type}, not IPersistentState<TState>.");
        }

        var stateType = type.GetGenericArguments()[0];
        if (!stateType.IsValueType && stateType.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new InvalidOperationException(
                $"State type {stateType} of grain {grainClass.FullName} needs a public parameterless constructor (used when no record exists).");
        }

        var create = CreateMethod.MakeGenericMethod(stateType)
            .CreateDelegate<Func<string, string, ActivationData, IServiceProvider, object>>();
        return (activation, services) => create(stateName, storageName, activation, services);
    }

    private static object Create<TState>(string stateName, string storageName, ActivationData activation, IServiceProvider services)
    {
        var storage = services.GetKeyedService<IGrainStorage>(storageName)
            ?? throw new InvalidOperationException(
                $"Grain {activation.GrainId} needs the grain storage '{storageName}', which is not registered; call services.AddGrainStorage(\"{storageName}\", ...).");
        return new PersistentState<TState>(stateName, activation.GrainId, storage, activation);
    }
}
