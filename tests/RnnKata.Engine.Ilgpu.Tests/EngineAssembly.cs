// One CPU accelerator serves every test (see Support/CpuBackend.cs); its kernels run one test at a time.
[assembly: Category("Engine")]
[assembly: Parallelizable(ParallelScope.None)]
