using System.Data.Common;

namespace Matchmaking.Storage;

/// <summary>The one way this project adds a parameter to a command, for every driver.</summary>
internal static class DbCommands
{
    public static void Add(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
