namespace RnnKata.Engine;

/// <summary>Which hidden states a <see cref="RecurrentNetwork"/>'s Linear head reads.</summary>
public enum HeadPlacement
{
    /// <summary>Only h_T: one prediction per sequence, targets [B × O] (or B class indices).</summary>
    LastStep,

    /// <summary>Every h_t: one prediction per step, targets time-major [T × B × O] (or T × B class indices).</summary>
    EveryStep,
}
