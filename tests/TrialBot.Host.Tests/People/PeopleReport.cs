using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace TrialBot.Host.Tests.People;

/// <summary>The markdown report of a run of the scripted people: accuracy, wrong outcomes, re-asks, known failures; and every transcript.</summary>
internal static class PeopleReport
{
    private static readonly string[] Kinds = ["likely-eligible", "likely-ineligible", "needs-review"];

    public static string Summary(IReadOnlyList<PersonRun> runs)
    {
        var md = new StringBuilder();
        md.AppendLine("# Scripted people: whole screenings over POST /api/messages").AppendLine();
        md.AppendLine(Line($"{runs.Count(run => run.IsRight)} of {runs.Count} people got the expected outcome ({Percent(runs.Count(run => run.IsRight), runs.Count)}). Wrong passes (a definite exclusion got likely-eligible): {runs.Count(run => run.IsWrongPass)}.")).AppendLine();

        md.AppendLine("## Accuracy").AppendLine();
        md.AppendLine("| group | right | all | share |").AppendLine("|---|---:|---:|---:|");
        Row(md, "all", runs);
        foreach (var language in new[] { "en", "zh" })
        {
            Row(md, "language " + language, runs.Where(run => run.Person.Language == language).ToList());
        }

        foreach (var kind in Kinds)
        {
            Row(md, "expected " + kind, runs.Where(run => run.Person.Expected == kind).ToList());
            foreach (var language in new[] { "en", "zh" })
            {
                Row(md, $"expected {kind}, {language}", runs.Where(run => run.Person.Expected == kind && run.Person.Language == language).ToList());
            }
        }

        foreach (var channel in new[] { "webchat", "msteams", "sms" })
        {
            Row(md, "channel " + channel, runs.Where(run => run.Person.Channel == channel).ToList());
        }

        md.AppendLine().AppendLine("### Expected (rows) against got (columns)").AppendLine();
        var gots = Kinds.Concat(runs.Select(Got)).Distinct().ToList();
        md.AppendLine("| expected \\ got | " + string.Join(" | ", gots) + " |").AppendLine("|---|" + string.Concat(gots.Select(_ => "---:|")));
        foreach (var kind in Kinds)
        {
            md.AppendLine($"| {kind} | " + string.Join(" | ", gots.Select(got => runs.Count(run => run.Person.Expected == kind && Got(run) == got).ToString(CultureInfo.InvariantCulture))) + " |");
        }

        md.AppendLine().AppendLine("## Wrong outcomes").AppendLine();
        var wrong = runs.Where(run => !run.IsRight).ToList();
        if (wrong.Count == 0)
        {
            md.AppendLine("None.");
        }

        foreach (var run in wrong)
        {
            var person = run.Person;
            md.AppendLine(Line($"### {person.Id} ({person.Language}, {person.Channel}){(run.IsWrongPass ? " — WRONG PASS" : string.Empty)}")).AppendLine();
            md.AppendLine(Line($"- profile: {person.Profile}"));
            md.AppendLine(Line($"- expected **{person.Expected}**, got **{Got(run)}**; why expected: {person.Why}"));
            if (run.Problem is not null)
            {
                md.AppendLine(Line($"- problem: {run.Problem}"));
            }

            foreach (var criterion in Deciding(run))
            {
                var id = (string?)criterion["id"];
                md.AppendLine(Line($"- {id} {(string?)criterion["status"]}: answer “{(string?)criterion["answer"]}” — {(string?)criterion["reason"]}"));
            }

            foreach (var (questionId, said) in run.Rejected)
            {
                md.AppendLine(Line($"- the person said no to `{questionId}.confirm`: “{Flat(said)}”"));
            }

            md.AppendLine(Line($"- answers given: {string.Join("; ", Given(run))}"));
            md.AppendLine().AppendLine("<details><summary>transcript</summary>").AppendLine();
            AppendTranscript(md, run);
            md.AppendLine().AppendLine("</details>").AppendLine();
        }

        md.AppendLine().AppendLine("## Right outcome, but not (only) for the expected reason").AppendLine();
        md.AppendLine("The criteria the person's `decides` names should be the ones that fail (likely-ineligible) or are unknown (needs-review); other criteria should pass.").AppendLine();
        foreach (var run in runs.Where(run => run.IsRight && run.Person.Expected != "likely-eligible"))
        {
            var wanted = run.Person.Expected == "likely-ineligible" ? "fail" : "unknown";
            var criteria = run.Criteria?.OfType<JsonObject>().ToList() ?? [];
            var missing = run.Person.Decides.Where(id => !criteria.Any(criterion => (string?)criterion["id"] == id && (string?)criterion["status"] == wanted)).ToList();
            var others = criteria.Where(criterion => (string?)criterion["status"] == "fail" && !run.Person.Decides.Contains((string?)criterion["id"])).ToList();
            if (missing.Count == 0 && others.Count == 0)
            {
                continue;
            }

            var notPassing = string.Join("; ", criteria.Where(criterion => (string?)criterion["status"] != "pass")
                .Select(criterion => Line($"{(string?)criterion["id"]} {(string?)criterion["status"]}: “{Flat((string?)criterion["answer"] ?? string.Empty)}”")));
            md.AppendLine(Line($"- {run.Person.Id}: expected {string.Join(", ", run.Person.Decides)} {wanted}; {notPassing}"));
        }

        md.AppendLine().AppendLine("## Questions asked more than once").AppendLine();
        md.AppendLine("A question asked again although the person's first answer was clear (not listed in the person's `vague`, and no confirmation the person said no to) is marked **clear**. “i dont know” / “我不知道” as the last answer is the person giving up after the script's answers ran out.").AppendLine();
        md.AppendLine("| person | question | asked | clear | answers given |").AppendLine("|---|---|---:|---|---|");
        foreach (var run in runs)
        {
            foreach (var questionId in run.Asked.Where(id => !id.Contains(".confirm", StringComparison.Ordinal)).Distinct())
            {
                var asks = run.Asks(questionId);
                if (asks < 2)
                {
                    continue;
                }

                var clear = !run.Person.Vague.Contains(questionId) && run.Rejected.All(rejected => rejected.QuestionId != questionId);
                var texts = GivenTo(run, questionId);
                md.AppendLine(Line($"| {run.Person.Id} | {questionId} | {asks} | {(clear ? "**clear**" : "vague")} | {Cell(string.Join(" / ", texts))} |"));
            }
        }

        md.AppendLine().AppendLine("### Re-asks per question (clear answers only)").AppendLine();
        md.AppendLine("| question | people re-asked | of them more than once |").AppendLine("|---|---:|---:|");
        var clearReasks = runs.SelectMany(run => run.Asked.Where(id => !id.Contains(".confirm", StringComparison.Ordinal)).Distinct()
                .Where(id => run.Asks(id) > 1 && !run.Person.Vague.Contains(id))
                .Select(id => (Id: id, Asks: run.Asks(id))))
            .GroupBy(item => item.Id).OrderBy(group => group.Key, StringComparer.Ordinal);
        foreach (var group in clearReasks)
        {
            md.AppendLine(Line($"| {group.Key} | {group.Count()} | {group.Count(item => item.Asks > 2)} |"));
        }

        md.AppendLine().AppendLine("## Confirmations the person did not recognise").AppendLine();
        foreach (var run in runs)
        {
            foreach (var (questionId, said) in run.Rejected)
            {
                md.AppendLine(Line($"- {run.Person.Id}: `{questionId}.confirm` “{Flat(said)}”"));
            }
        }

        md.AppendLine().AppendLine("## Marked known failures").AppendLine();
        foreach (var run in runs.Where(run => run.Person.KnownFailure is not null))
        {
            md.AppendLine(Line($"- {run.Person.Id}: {run.Person.KnownFailure} (this run: {Got(run)})"));
        }

        return md.ToString();
    }

    public static string Transcripts(IReadOnlyList<PersonRun> runs)
    {
        var md = new StringBuilder();
        md.AppendLine("# Transcripts of the scripted people").AppendLine();
        foreach (var run in runs)
        {
            md.AppendLine(Line($"## {run.Person.Id} ({run.Person.Language}, {run.Person.Channel}): expected {run.Person.Expected}, got {Got(run)}")).AppendLine();
            AppendTranscript(md, run);
            md.AppendLine();
        }

        return md.ToString();
    }

    public static string Got(PersonRun run) => run.Outcome ?? "no outcome";

    private static IEnumerable<JsonObject> Deciding(PersonRun run)
    {
        var criteria = run.Criteria?.OfType<JsonObject>().ToList() ?? [];
        return criteria.Where(criterion => (string?)criterion["status"] != "pass" || run.Person.Decides.Contains((string?)criterion["id"]));
    }

    private static IEnumerable<string> Given(PersonRun run)
    {
        string? question = null;
        foreach (var line in run.Transcript)
        {
            if (line.FromBot)
            {
                question = line.QuestionId ?? question;
            }
            else if (question is not null)
            {
                yield return $"{question}: “{line.Text}”";
            }
        }
    }

    private static List<string> GivenTo(PersonRun run, string questionId)
    {
        var texts = new List<string>();
        string? question = null;
        foreach (var line in run.Transcript)
        {
            if (line.FromBot)
            {
                question = line.QuestionId ?? question;
            }
            else if (question == questionId)
            {
                texts.Add(line.Text);
            }
        }

        return texts;
    }

    private static void AppendTranscript(StringBuilder md, PersonRun run)
    {
        foreach (var line in run.Transcript)
        {
            md.AppendLine(line.FromBot
                ? Line($"> **bot**{(line.QuestionId is null ? string.Empty : $" `{line.QuestionId}`")}: {Flat(line.Text)}  ")
                : Line($"**person**: {line.Text}  "));
        }

        if (run.Problem is not null)
        {
            md.AppendLine(Line($"*ended: {run.Problem}*"));
        }
    }

    private static void Row(StringBuilder md, string group, IReadOnlyList<PersonRun> runs)
    {
        var right = runs.Count(run => run.IsRight);
        md.AppendLine(Line($"| {group} | {right} | {runs.Count} | {Percent(right, runs.Count)} |"));
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + " %";

    private static string Flat(string text) => text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Cell(string text) => Flat(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
