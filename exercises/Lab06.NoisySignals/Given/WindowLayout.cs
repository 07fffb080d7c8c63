namespace RnnKata.Lab06;

/// <summary>How a recurrent network reads a window of T values (chapter 6, "The lecture's shape").</summary>
public enum WindowLayout
{
    /// <summary>T steps of one feature each: the recurrence runs T times (what this lab builds).</summary>
    StepsOfOneValue,

    /// <summary>
    /// One step of T features (the lecture's <c>reshape(…, (N, 1, step))</c>): the layer runs once from h = 0,
    /// so <c>W_hh</c> never multiplies anything and the "RNN" is a dense layer.
    /// </summary>
    OneStepOfAllValues,
}
