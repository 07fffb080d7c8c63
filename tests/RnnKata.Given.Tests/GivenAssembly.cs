[assembly: Category("Given")]
