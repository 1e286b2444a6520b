namespace TrialBot.Bench.Hosting;

/// <summary>The dotnet host that runs this process, to start child processes with the same runtime.</summary>
internal static class DotnetCommand
{
    /// <summary>DOTNET_HOST_PATH (set by the dotnet CLI for what it starts), this process when it is dotnet itself, else "dotnet" from PATH.</summary>
    public static string Path { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : System.IO.Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath!
        : "dotnet";
}
