using System.Reflection;

namespace Matchmaking.Runtime;

/// <summary>
/// Which grain class implements each grain interface, found once at startup so that mistakes
/// (two classes for one interface, unsupported methods) fail the host instead of a call.
/// </summary>
internal sealed class GrainTypeCatalog
{
    private readonly Dictionary<Type, GrainInterfaceInfo> _interfaces;

    private GrainTypeCatalog(Dictionary<Type, GrainInterfaceInfo> interfaces) => _interfaces = interfaces;

    public IReadOnlyCollection<GrainInterfaceInfo> Interfaces => _interfaces.Values;

    public static GrainTypeCatalog Build(IEnumerable<Assembly> assemblies, string defaultStorageName) =>
        FromTypes(assemblies.Distinct().SelectMany(LoadableTypes), defaultStorageName);

    public static GrainTypeCatalog FromTypes(IEnumerable<Type> types, string defaultStorageName)
    {
        var classesByTypeName = new Dictionary<string, Type>(StringComparer.Ordinal);
        var interfaces = new Dictionary<Type, GrainInterfaceInfo>();
        foreach (var type in types.Where(IsGrainClass))
        {
            var grainClass = new GrainClassInfo(type, defaultStorageName);
            if (!classesByTypeName.TryAdd(grainClass.TypeName, type))
            {
                throw new InvalidOperationException(
                    $"Grain classes {classesByTypeName[grainClass.TypeName].FullName} and {type.FullName} have the same grain type name '{grainClass.TypeName}'; rename one of them.");
            }

            foreach (var grainInterface in type.GetInterfaces().Where(IsGrainInterface))
            {
                if (interfaces.TryGetValue(grainInterface, out var existing))
                {
                    throw new InvalidOperationException(
                        $"Grain interface {grainInterface} is implemented by two grain classes, {existing.Class.Type.FullName} and {type.FullName}; a grain interface must have exactly one implementation.");
                }

                interfaces.Add(grainInterface, new GrainInterfaceInfo(grainInterface, grainClass));
            }
        }

        return new GrainTypeCatalog(interfaces);
    }

    public GrainInterfaceInfo GetInterface(Type grainInterface) =>
        _interfaces.TryGetValue(grainInterface, out var info)
            ? info
            : throw new InvalidOperationException(
                $"No grain class implements {grainInterface}; add the assembly holding it to GrainRuntimeOptions.GrainAssemblies.");

    /// <summary>"CompanyGrain" → "company": the class name without a trailing "Grain", lowercased.</summary>
    public static string TypeNameOf(Type grainClass)
    {
        const string Suffix = "Grain";
        var name = grainClass.Name;
        if (name.Length > Suffix.Length && name.EndsWith(Suffix, StringComparison.Ordinal))
        {
            name = name[..^Suffix.Length];
        }

        return name.ToLowerInvariant();
    }

    private static bool IsGrainClass(Type type) =>
        type.IsClass && !type.IsAbstract && !type.ContainsGenericParameters && type.IsSubclassOf(typeof(Grain));

    private static bool IsGrainInterface(Type type) =>
        type != typeof(IGrainWithStringKey) && typeof(IGrainWithStringKey).IsAssignableFrom(type);

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return exception.Types.OfType<Type>();
        }
    }
}
