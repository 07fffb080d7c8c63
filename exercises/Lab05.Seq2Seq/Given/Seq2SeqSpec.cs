namespace RnnKata.Lab05;

/// <summary>
/// The seed's encoder–decoder (chapter 5, "The model"): an encoder of <paramref name="Layers"/> stacked GRU layers
/// (I → H → … → H), a decoder of the same shape, and a linear head H → I with a learned scalar scale. The model
/// predicts as many features as it reads (the seed's <c>output_dim = input_dim</c>).
/// </summary>
/// <param name="Input">I, features per step (2 in exercise 1, 1 in exercises 2 and 3).</param>
/// <param name="Hidden">H, hidden units of every GRU layer (12, then 50).</param>
/// <param name="Layers">L, GRU layers per stack (the seed's <c>layers_stacked_count = 2</c>).</param>
public sealed record Seq2SeqSpec(int Input, int Hidden, int Layers = 2)
{
    /// <summary>O, features per predicted step: always I.</summary>
    public int Output => Input;

    /// <summary>Parameters in the flat vector: both stacks, the head and the scale.</summary>
    public int ParameterCount
    {
        get
        {
            int gh = 3 * Hidden;
            int stack = gh * (Input + Hidden + 2) + (Layers - 1) * gh * (2 * Hidden + 2);
            return 2 * stack + Output * (Hidden + 1) + 1;
        }
    }

    /// <summary>Throws when a size is below 1; the message names it.</summary>
    /// <exception cref="ArgumentException">Input, Hidden or Layers is below 1.</exception>
    public void Validate()
    {
        foreach (var (value, name) in new[] { (Input, nameof(Input)), (Hidden, nameof(Hidden)), (Layers, nameof(Layers)) })
        {
            if (value < 1)
                throw new ArgumentException($"{name} must be at least 1 but is {value}.", name);
        }
    }
}
