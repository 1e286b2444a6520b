using System.Reflection;

namespace TrialBot.Integration.Tests.Support;

/// <summary>The host's own build output (<c>src/TrialBot/bin/&lt;Configuration&gt;/net10.0</c>), built with this project.</summary>
internal static class HostBuild
{
    public static string Directory { get; } = Path.GetFullPath(
        typeof(HostBuild).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "TrialBotHostDirectory").Value!);

    public static string EntryAssembly
    {
        get
        {
            var path = Path.Combine(Directory, "TrialBot.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException($"The host is not built at {path}; build this test project (it builds the host).", path);
        }
    }
}
