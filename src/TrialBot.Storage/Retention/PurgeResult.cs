namespace TrialBot.Storage.Retention;

/// <summary>What one purge removed.</summary>
/// <param name="StateItems">Stored state items (conversation, user and other bot state).</param>
/// <param name="ProcessedActivities">Records of processed activities.</param>
public sealed record PurgeResult(int StateItems, int ProcessedActivities);
