using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Medicines;

/// <summary>What an answer says of one named medicine's course; nothing said is null.</summary>
/// <param name="TakenFor">How long it was taken ("for 2 weeks", 吃了两周), never longer than said.</param>
/// <param name="TakenAgo">How long ago it was taken or stopped ("stopped in 2019", 三年前停了), never further back than said.</param>
internal readonly record struct MedicineCourse(Duration? TakenFor, Duration? TakenAgo);
