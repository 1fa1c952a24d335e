namespace Matchmaking.Cli;

/// <summary>The exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The silo answered with an error (including 404).</summary>
    public const int ApiError = 1;

    /// <summary>Bad usage or bad input found before anything was sent.</summary>
    public const int Usage = 2;

    /// <summary>An import ran but some rows failed.</summary>
    public const int RowsFailed = 3;

    /// <summary>The silo could not be reached.</summary>
    public const int Unreachable = 4;

    /// <summary>The silo wants an API key (none given, or a wrong or revoked one): 401.</summary>
    public const int Unauthorized = 5;
}
