using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using TrialBot.Recognition.Places;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition;

/// <summary>
/// Reads where a person lives, as a city of the built-in table (<see cref="CityDirectory"/>), in either script ("I live
/// in Hangzhou", "杭州", "浙江杭州", "near Nanjing", "Wuhna", a district such as "Pudong" or 武昌): a city named (or, when
/// none is named as written, one letter off, two from eight letters) wins, the first one named ("Suzhou, near Shanghai"); a province with a place the table lacks in it ("湖北利川") stands
/// for its capital. A province alone, a country or a broad area ("China", "the south", 南方) is too broad: the bot asks
/// which city. Any other text is a place not recognised (a town not in the table, a place abroad).
/// </summary>
public static partial class PlaceRecognizer
{
    /// <summary>The problem code of a place too broad to tell the nearer hospital from (a province, "China", "the south").</summary>
    public const string TooBroad = "place-too-broad";

    /// <summary>The longest place kept, in characters.</summary>
    public const int MaxPlaceLength = 100;

    private static readonly ConditionalWeakTable<CityDirectory, PlaceNames> NamesOf = [];

    /// <summary>Reads the place in <paramref name="text"/>.</summary>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">Accepted for symmetry with the other recognizers; both scripts are always read.</param>
    /// <param name="directory">The cities and provinces to read; the built-in table (<see cref="CityDirectory.BuiltIn"/>) when null.</param>
    /// <returns>The place, with its city when recognised; unsure for "I don't know"; <see cref="TooBroad"/> for a
    /// province alone or a broad area.</returns>
    public static Recognition<RecognizedPlace> Recognize(string? text, string? culture, CityDirectory? directory = null)
    {
        var names = NamesOf.GetValue(directory ?? CityDirectory.BuiltIn, one => new PlaceNames(one));
        return InputGuard.Normalize(text).Bind(normalized => Read(normalized, names));
    }

    private static Recognition<RecognizedPlace> Read(string normalized, PlaceNames names)
    {
        var folded = AnswerText.ForNames(normalized);
        var kept = normalized.Length <= MaxPlaceLength ? normalized : normalized[..MaxPlaceLength];
        // A name as written wins over one a letter off ("huangpu, shanghai" is Shanghai, not Wuhan's Huangpi).
        var exact = names.Matcher.Value.FindAll(folded);
        var found = exact.Any(m => !m.Tag.IsProvince) ? [.. exact] : exact.Concat(Typos(folded, names)).ToList();
        var city = found.Where(m => !m.Tag.IsProvince).OrderBy(m => m.Start).FirstOrDefault();
        if (city.Tag.CityId is not null)
        {
            return Recognition.Of(new RecognizedPlace(kept, city.Tag.CityId));
        }

        if (UnsureLexicon.IsUnsure(folded))
        {
            return Recognition.Unsure<RecognizedPlace>();
        }

        var province = found.Where(m => m.Tag.IsProvince).OrderByDescending(m => m.Length).ThenBy(m => m.Start).FirstOrDefault();
        if (province.Tag.CityId is not null)
        {
            var rest = folded.Remove(province.Start, province.Length);
            return Filler().Replace(rest, string.Empty).Length > 0 && !IsBroad(rest)
                ? Recognition.Of(new RecognizedPlace(kept, province.Tag.CityId))
                : Recognition.NotUnderstood<RecognizedPlace>(TooBroad);
        }

        return IsBroad(folded)
            ? Recognition.NotUnderstood<RecognizedPlace>(TooBroad)
            : Recognition.Of(new RecognizedPlace(kept, null));
    }

    private static bool IsBroad(string folded) =>
        BroadAreas.Value.FindAll(folded).Count > 0 && Filler().Replace(Blank(folded, BroadAreas.Value.FindAll(folded)), string.Empty).Length == 0;

    private static readonly Lazy<PhraseMatcher<bool>> BroadAreas = new(() => new PhraseMatcher<bool>(BroadAreaLexicon.Phrases.Select(p => (p, true))));

    private static string Blank(string text, IReadOnlyList<PhraseMatch<bool>> matches)
    {
        var chars = text.ToCharArray();
        foreach (var match in matches)
        {
            Array.Fill(chars, ' ', match.Start, match.Length);
        }

        return new string(chars);
    }

    private static IEnumerable<PhraseMatch<PlaceName>> Typos(string folded, PlaceNames names)
    {
        foreach (Match word in LatinWord().Matches(folded))
        {
            var near = names.Latin.Value
                .Where(n => n.Name[0] == word.Value[0] && word.Length <= n.Name.Length + 1 && n.Name.Length - word.Length <= Allowed(n.Name) && EditDistance.Within(word.Value, n.Name, Allowed(n.Name)))
                .OrderBy(n => EditDistance.Distance(word.Value, n.Name))
                .FirstOrDefault();
            if (near.Name is not null)
            {
                yield return new PhraseMatch<PlaceName>(word.Index, word.Length, near.Place);
            }
        }
    }

    private static int Allowed(string name) => name.Length >= 8 ? 2 : 1;


    private static PhraseMatcher<PlaceName> BuildNames(CityDirectory directory)
    {
        var cities = directory.Cities.SelectMany(city => city.AllNames.SelectMany(name => WithSuffix(AnswerText.ForNames(name), "市")).Select(name => (name, new PlaceName(city.Id, false))));
        var provinces = directory.Provinces.SelectMany(p => p.AllNames.SelectMany(name => WithSuffix(AnswerText.ForNames(name), "省")).Select(name => (name, new PlaceName(p.Capital, true))));
        return new PhraseMatcher<PlaceName>(cities.Concat(provinces));
    }

    private static IEnumerable<string> WithSuffix(string name, string suffix) =>
        ScriptDetector.ContainsHan(name) && !name.EndsWith(suffix, StringComparison.Ordinal) ? [name, name + suffix] : [name];

    private static List<(string Name, PlaceName Place)> BuildLatinNames(CityDirectory directory)
    {
        return directory.Cities.SelectMany(city => city.AllNames.Select(name => (Name: AnswerText.ForNames(name), Place: new PlaceName(city.Id, false))))
            .Concat(directory.Provinces.SelectMany(p => p.AllNames.Select(name => (Name: AnswerText.ForNames(name), Place: new PlaceName(p.Capital, true)))))
            .Where(n => n.Name.Length >= 5 && n.Name.All(c => c is >= 'a' and <= 'z'))
            .ToList();
    }

    /// <summary>The names of one directory's places, built when first read.</summary>
    private sealed class PlaceNames(CityDirectory directory)
    {
        public Lazy<PhraseMatcher<PlaceName>> Matcher { get; } = new(() => BuildNames(directory));

        public Lazy<List<(string Name, PlaceName Place)>> Latin { get; } = new(() => BuildLatinNames(directory));
    }

    [GeneratedRegex(@"(?<![a-z])[a-z]{5,}(?![a-z])")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"[\s\p{P}\p{S}\d]|\b(?:i|im|live|living|lives|in|at|near|around|from|the|province|of|a|an|city|area|part|region|currently|now|stay|staying|based|me|my|home|is|am|close|to|somewhere|someplace|some|place|anywhere|just|only|out|over|up|down|there|here|really|rural|small)\b|我|在|住|住在|家|是|的|人|省|附近|那边|这边|一带|目前|现在|老家|这里|那里|呢|啊|吧|某个|一个|地方|那儿|这儿")]
    private static partial Regex Filler();
}
