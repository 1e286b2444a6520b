namespace TrialBot.Corpus;

/// <summary>How an answer of the corpus was read, against how it must be read.</summary>
public enum CorpusVerdict
{
    /// <summary>Read as expected.</summary>
    AsExpected = 0,

    /// <summary>
    /// Read otherwise, in a way that costs the person a question (a re-ask, a confirmation, a "don't know") but decides
    /// nothing wrong.
    /// </summary>
    Differs,

    /// <summary>
    /// A definite reading (no confirmation asked) of a value the answer does not say, or of a value where the answer gives
    /// none: it can flip a criterion. Never acceptable.
    /// </summary>
    Flips,
}
