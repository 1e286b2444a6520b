namespace TrialBot.Screening.Definition;

/// <summary>
/// An age rule that counts the age on the day the consent form is signed, some weeks after the chat: an age one under
/// the youngest or equal to the oldest is decided by whether the next birthday comes within about a month.
/// </summary>
/// <param name="QuestionId">The age question.</param>
/// <param name="AtLeastYears">The youngest age allowed.</param>
/// <param name="AtMostYears">The oldest age allowed, or null for no upper age.</param>
public sealed record AgeAtSigning(string QuestionId, double AtLeastYears, double? AtMostYears)
{
    /// <summary>True when <paramref name="completedYears"/> is within a birthday of the limits.</summary>
    public bool AtBirthdayEdge(double completedYears) => completedYears == AtLeastYears - 1 || completedYears == AtMostYears;
}
