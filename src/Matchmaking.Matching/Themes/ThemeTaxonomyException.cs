namespace Matchmaking.Matching.Themes;

/// <summary>A theme taxonomy document is malformed or inconsistent; the message names the theme and the problem.</summary>
public sealed class ThemeTaxonomyException : FormatException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public ThemeTaxonomyException()
        : base("The theme taxonomy is invalid.")
    {
    }

    /// <summary>Creates the exception with a message naming the problem.</summary>
    public ThemeTaxonomyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message naming the problem and its cause.</summary>
    public ThemeTaxonomyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
