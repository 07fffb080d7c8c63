[assembly: Category("Engine")]
[assembly: Parallelizable(ParallelScope.None)]
