// Not a lab's tests: CI's exercises run (--filter Category~Lab) must not pick these up.
[assembly: Category("Experiments")]
