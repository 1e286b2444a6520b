using System.Globalization;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Plan;

/// <summary>Where a person is in the screening: question <see cref="Current"/> of about <see cref="AboutTotal"/>.</summary>
/// <param name="Current">The number of the question being asked (answered applicable questions + 1); when the
/// screening is over, the number of questions answered.</param>
/// <param name="AboutTotal">The answered applicable questions plus those still to come, counting questions whose
/// condition is not yet known as still to come (so the total shrinks rather than grows).</param>
public sealed record ScreeningProgress(int Current, int AboutTotal)
{
    /// <summary>"Question 3 of about 18", in the definition's words.</summary>
    public LocalizedText Describe(TrialDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Text(TextIds.Progress)
            .With("current", Current.ToString(CultureInfo.InvariantCulture))
            .With("total", AboutTotal.ToString(CultureInfo.InvariantCulture));
    }
}
