using System.Reflection;

namespace TrialBot.Bench.Hosting;

/// <summary>Where things are: the repository root (the folder holding TrialBot.sln) and the built host, TrialBot.dll.</summary>
internal static class RepositoryLayout
{
    /// <summary>The build configuration of this program (Release under scripts/bench); the host is built alongside it.</summary>
    public static string Configuration { get; } =
        typeof(RepositoryLayout).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    public static string Root { get; } = FindRoot();

    /// <summary>The host project's folder, its content root when run from the repository (appsettings.json, wwwroot).</summary>
    public static string HostContentRoot => Path.Combine(Root, "src", "TrialBot");

    /// <summary>src/TrialBot/bin/{Configuration}/net10.0/TrialBot.dll, which building this program builds too.</summary>
    public static string HostAssembly => Path.Combine(Root, "src", "TrialBot", "bin", Configuration, "net10.0", "TrialBot.dll");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TrialBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No TrialBot.sln above {AppContext.BaseDirectory}: run the benchmarks from the repository's build output.");
    }
}
