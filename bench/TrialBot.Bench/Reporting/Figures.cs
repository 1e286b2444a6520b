using System.Globalization;

namespace TrialBot.Bench.Reporting;

/// <summary>How numbers are written in the report: invariant culture, a dash for "not measured".</summary>
internal static class Figures
{
    public static string Of(double? value, string format = "0.00") =>
        value is { } number && double.IsFinite(number) ? number.ToString(format, CultureInfo.InvariantCulture) : "–";

    public static string Whole(double? value) => Of(value, "#,0");

    public static string Kilobytes(double? bytes) => Of(bytes / 1024, "0.0");

    public static string Ratio(double? value) => Of(value, "0.00") is "–" ? "–" : $"{Of(value, "0.00")}×";

    public static string Percent(double? value) => Of(value * 100, "0") is "–" ? "–" : $"{Of(value * 100, "0")} %";

    public static string Count(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Errors(IReadOnlyCollection<string> errors) => errors.Count == 0 ? "0" : string.Join("; ", errors);
}
