using Microsoft.Extensions.DependencyInjection;
using TrialBot.Host.Tests.Support;
using Xunit.Abstractions;

namespace TrialBot.Host.Tests.People;

/// <summary>
/// The people of <c>tests/people</c>, written from the trial listing alone, each screened whole over
/// <c>POST /api/messages</c> on the real host. Writes <c>people-report.md</c> and <c>people-transcripts.md</c> to the test
/// output folder and to <c>artifacts/people/</c>. Asserts safety only: no person with a definite exclusion gets
/// "likely eligible" (people marked <c>knownFailure</c> are reported, not asserted), and every screening ends.
/// </summary>
public sealed class ScriptedPeopleTests(ITestOutputHelper output) : IAsyncLifetime
{
    private RunningHost host = null!;

    public async Task InitializeAsync()
    {
        host = await RunningHost.StartAsync(configure: builder => builder.Services.AddSingleton<TimeProvider>(new PeopleClock()));
        await host.WarmedUpAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task No_person_with_a_definite_exclusion_is_told_they_are_likely_eligible()
    {
        var root = RepositoryRoot();
        var people = ScriptedPerson.LoadAll(Path.Combine(root, "tests", "people"));
        Assert.NotEmpty(people);

        var runs = new PersonRun[people.Count];
        await Parallel.ForAsync(0, people.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (index, _) =>
            runs[index] = await PersonPlayer.PlayAsync(host.Client, people[index]));

        var summary = PeopleReport.Summary(runs);
        var transcripts = PeopleReport.Transcripts(runs);
        foreach (var folder in new[] { AppContext.BaseDirectory, Path.Combine(root, "artifacts", "people") })
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "people-report.md"), summary);
            await File.WriteAllTextAsync(Path.Combine(folder, "people-transcripts.md"), transcripts);
        }

        output.WriteLine(summary);

        var wrongPasses = runs.Where(run => run.IsWrongPass && run.Person.KnownFailure is null).Select(run => run.Person.Id).ToList();
        Assert.True(wrongPasses.Count == 0, "likely eligible despite a definite exclusion: " + string.Join(", ", wrongPasses));
        var unended = runs.Where(run => run.Outcome is null && run.Person.KnownFailure is null).Select(run => $"{run.Person.Id}: {run.Problem}").ToList();
        Assert.True(unended.Count == 0, "no outcome: " + string.Join("; ", unended));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TrialBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("no TrialBot.sln above " + AppContext.BaseDirectory);
    }
}
