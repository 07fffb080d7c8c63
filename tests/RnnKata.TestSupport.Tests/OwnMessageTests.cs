namespace RnnKata.TestSupport.Tests;

[TestFixture]
public class OwnMessageTests
{
    [Test]
    public void The_parameter_suffix_is_left_out() =>
        new ArgumentException("steps must be positive but is 0.", "steps").OwnMessage().Should().Be("steps must be positive but is 0.");

    [Test]
    public void An_empty_message_stays_empty_although_the_suffix_names_the_parameter() =>
        new ArgumentException("", "batch").OwnMessage().Should().BeEmpty();

    [Test]
    public void An_out_of_range_value_is_left_out_with_the_suffix() =>
        new ArgumentOutOfRangeException("loss", 99, "Choose one.").OwnMessage().Should().Be("Choose one.");

    [Test]
    public void A_message_without_a_parameter_is_kept_whole() =>
        new ArgumentException("bad input").OwnMessage().Should().Be("bad input");
}
