using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Runtime;

/// <summary>A grain class: its grain type name, its concurrency and how to construct it.</summary>
internal sealed class GrainClassInfo
{
    private readonly ConstructorInfo _constructor;
    private readonly Func<ActivationData, IServiceProvider, object?>[] _arguments;
    private readonly bool[] _isState;

    public GrainClassInfo(Type type, string defaultStorageName)
    {
        Type = type;
        TypeName = GrainTypeCatalog.TypeNameOf(type);
        IsReentrant = type.IsDefined(typeof(ReentrantAttribute), inherit: true);
        _constructor = ChooseConstructor(type);
        var parameters = _constructor.GetParameters();
        _arguments = new Func<ActivationData, IServiceProvider, object?>[parameters.Length];
        _isState = new bool[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var state = parameters[i].GetCustomAttribute<PersistentStateAttribute>();
            _isState[i] = state is not null;
            _arguments[i] = state is null
                ? ServiceArgument(type, parameters[i])
                : PersistentStateFactory.For(type, parameters[i], state.StateName, state.StorageName ?? defaultStorageName);
        }
    }

    public Type Type { get; }

    /// <summary>The <see cref="GrainId.Type"/> of its grains, e.g. "company".</summary>
    public string TypeName { get; }

    public bool IsReentrant { get; }

    /// <summary>Constructs the grain (the caller sets the ambient activation) and returns the states to read before activation.</summary>
    public (Grain Grain, IReadOnlyList<IStateLoader> States) Create(ActivationData activation, IServiceProvider services)
    {
        var arguments = new object?[_arguments.Length];
        List<IStateLoader>? states = null;
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = _arguments[i](activation, services);
            if (_isState[i])
            {
                (states ??= []).Add((IStateLoader)arguments[i]!);
            }
        }

        var grain = (Grain)_constructor.Invoke(BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
        return (grain, (IReadOnlyList<IStateLoader>?)states ?? []);
    }

    private static ConstructorInfo ChooseConstructor(Type type)
    {
        var constructors = type.GetConstructors();
        if (constructors.Length == 0)
        {
            throw new InvalidOperationException($"Grain class {type.FullName} has no public constructor.");
        }

        return constructors.FirstOrDefault(c => c.IsDefined(typeof(ActivatorUtilitiesConstructorAttribute)))
            ?? constructors.MaxBy(c => c.GetParameters().Length)!;
    }

    private static Func<ActivationData, IServiceProvider, object?> ServiceArgument(Type grainClass, ParameterInfo parameter)
    {
        var parameterType = parameter.ParameterType;
        if (parameter.GetCustomAttribute<FromKeyedServicesAttribute>() is { } keyed)
        {
            return (_, services) => services.GetRequiredKeyedService(parameterType, keyed.Key);
        }

        return (_, services) => services.GetService(parameterType)
            ?? (parameter.HasDefaultValue
                ? parameter.DefaultValue
                : throw new InvalidOperationException(
                    $"Cannot construct grain {grainClass.FullName}: no service of type {parameterType} is registered for parameter '{parameter.Name}'."));
    }
}
