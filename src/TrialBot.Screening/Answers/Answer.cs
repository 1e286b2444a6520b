namespace TrialBot.Screening.Answers;

/// <summary>
/// One answer to a screening question, typed by what it says: <see cref="AgeAnswer"/>, <see cref="ElapsedAnswer"/>,
/// <see cref="DoseAnswer"/>, a <see cref="LabAnswer"/>, <see cref="YesNoAnswer"/>, <see cref="MedicinesAnswer"/>,
/// <see cref="NumberAnswer"/>, <see cref="LocationAnswer"/>, or <see cref="UnknownAnswer"/> for "don't know". The set is
/// closed: read an answer by pattern matching on these types. Answers are stored through their own versioned shape
/// (<see cref="Storage.StoredAnswer"/>), never as themselves.
/// </summary>
public abstract record Answer
{
    private protected Answer()
    {
    }

    /// <summary>The kind of question this answers.</summary>
    public abstract AnswerKind Kind { get; }
}
