namespace TrialBot.Widget.Tests.Support;

/// <summary>The host and browser of <see cref="WidgetFixture"/>, the host screening for both repository trials at once.</summary>
public sealed class TwoTrialsWidgetFixture : WidgetFixture
{
    /// <inheritdoc />
    protected override IReadOnlyList<string> Settings { get; } =
        ["--Trial:DefinitionPaths:0=trials/NCT05765006.json", "--Trial:DefinitionPaths:1=trials/NCT06038474.json"];
}
