; ModuleID = 'attention'
source_filename = "attention"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define i32 @eptc_entry_1(i8** %0) #0 {
entry:
  %pointers = alloca i8*, i64 5, align 8
  %1 = getelementptr inbounds i8*, i8** %0, i64 31
  %2 = load i8*, i8** %1, align 8
  %3 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2, i8** %3, align 8
  %4 = bitcast i8** %pointers to i8*
  %5 = call i1 @eptc_check_1(i8* %4)
  br i1 %5, label %invalid, label %valid

invalid:                                          ; preds = %entry
  ret i32 3

valid:                                            ; preds = %entry
  %6 = getelementptr inbounds i8*, i8** %0, i64 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %7, i8** %8, align 8
  %9 = getelementptr inbounds i8*, i8** %0, i64 31
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %10, i8** %11, align 8
  %12 = getelementptr inbounds i8*, i8** %0, i64 33
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 5120
  %15 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %14, i8** %15, align 8
  %16 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_1(i8* %16, i64 0, i64 16)
  %17 = getelementptr inbounds i8*, i8** %0, i64 33
  %18 = load i8*, i8** %17, align 8
  %19 = getelementptr inbounds i8, i8* %18, i64 5120
  %20 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %19, i8** %20, align 8
  %21 = getelementptr inbounds i8*, i8** %0, i64 2
  %22 = load i8*, i8** %21, align 8
  %23 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %22, i8** %23, align 8
  %24 = getelementptr inbounds i8*, i8** %0, i64 33
  %25 = load i8*, i8** %24, align 8
  %26 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %25, i8** %26, align 8
  %27 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %27, i64 0, i64 16)
  %28 = getelementptr inbounds i8*, i8** %0, i64 33
  %29 = load i8*, i8** %28, align 8
  %30 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %29, i8** %30, align 8
  %31 = getelementptr inbounds i8*, i8** %0, i64 3
  %32 = load i8*, i8** %31, align 8
  %33 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %32, i8** %33, align 8
  %34 = getelementptr inbounds i8*, i8** %0, i64 33
  %35 = load i8*, i8** %34, align 8
  %36 = getelementptr inbounds i8, i8* %35, i64 1024
  %37 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %36, i8** %37, align 8
  %38 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %38, i64 0, i64 16)
  %39 = getelementptr inbounds i8*, i8** %0, i64 33
  %40 = load i8*, i8** %39, align 8
  %41 = getelementptr inbounds i8, i8* %40, i64 6144
  %42 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %41, i8** %42, align 8
  %43 = getelementptr inbounds i8*, i8** %0, i64 33
  %44 = load i8*, i8** %43, align 8
  %45 = getelementptr inbounds i8, i8* %44, i64 1024
  %46 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %45, i8** %46, align 8
  %47 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %47, i64 0, i64 2)
  %48 = getelementptr inbounds i8*, i8** %0, i64 33
  %49 = load i8*, i8** %48, align 8
  %50 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %49, i8** %50, align 8
  %51 = getelementptr inbounds i8*, i8** %0, i64 4
  %52 = load i8*, i8** %51, align 8
  %53 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %52, i8** %53, align 8
  %54 = getelementptr inbounds i8*, i8** %0, i64 33
  %55 = load i8*, i8** %54, align 8
  %56 = getelementptr inbounds i8, i8* %55, i64 1024
  %57 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %56, i8** %57, align 8
  %58 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %58, i64 0, i64 16)
  %59 = getelementptr inbounds i8*, i8** %0, i64 33
  %60 = load i8*, i8** %59, align 8
  %61 = getelementptr inbounds i8, i8* %60, i64 7168
  %62 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %61, i8** %62, align 8
  %63 = getelementptr inbounds i8*, i8** %0, i64 33
  %64 = load i8*, i8** %63, align 8
  %65 = getelementptr inbounds i8, i8* %64, i64 1024
  %66 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %65, i8** %66, align 8
  %67 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %67, i64 0, i64 2)
  %68 = getelementptr inbounds i8*, i8** %0, i64 33
  %69 = load i8*, i8** %68, align 8
  %70 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %69, i8** %70, align 8
  %71 = getelementptr inbounds i8*, i8** %0, i64 5
  %72 = load i8*, i8** %71, align 8
  %73 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %72, i8** %73, align 8
  %74 = getelementptr inbounds i8*, i8** %0, i64 33
  %75 = load i8*, i8** %74, align 8
  %76 = getelementptr inbounds i8, i8* %75, i64 1024
  %77 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %76, i8** %77, align 8
  %78 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %78, i64 0, i64 16)
  %79 = getelementptr inbounds i8*, i8** %0, i64 33
  %80 = load i8*, i8** %79, align 8
  %81 = getelementptr inbounds i8, i8* %80, i64 8192
  %82 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %81, i8** %82, align 8
  %83 = getelementptr inbounds i8*, i8** %0, i64 33
  %84 = load i8*, i8** %83, align 8
  %85 = getelementptr inbounds i8, i8* %84, i64 1024
  %86 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %85, i8** %86, align 8
  %87 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %87, i64 0, i64 2)
  %88 = getelementptr inbounds i8*, i8** %0, i64 33
  %89 = load i8*, i8** %88, align 8
  %90 = getelementptr inbounds i8, i8* %89, i64 6144
  %91 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %90, i8** %91, align 8
  %92 = getelementptr inbounds i8*, i8** %0, i64 33
  %93 = load i8*, i8** %92, align 8
  %94 = getelementptr inbounds i8, i8* %93, i64 7168
  %95 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %94, i8** %95, align 8
  %96 = getelementptr inbounds i8*, i8** %0, i64 33
  %97 = load i8*, i8** %96, align 8
  %98 = getelementptr inbounds i8, i8* %97, i64 8192
  %99 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %98, i8** %99, align 8
  %100 = getelementptr inbounds i8*, i8** %0, i64 33
  %101 = load i8*, i8** %100, align 8
  %102 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %101, i8** %102, align 8
  %103 = getelementptr inbounds i8*, i8** %0, i64 33
  %104 = load i8*, i8** %103, align 8
  %105 = getelementptr inbounds i8, i8* %104, i64 9216
  %106 = getelementptr inbounds i8*, i8** %pointers, i64 4
  store i8* %105, i8** %106, align 8
  %107 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_5(i8* %107, i64 0, i64 4)
  %108 = getelementptr inbounds i8*, i8** %0, i64 33
  %109 = load i8*, i8** %108, align 8
  %110 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %109, i8** %110, align 8
  %111 = getelementptr inbounds i8*, i8** %0, i64 33
  %112 = load i8*, i8** %111, align 8
  %113 = getelementptr inbounds i8, i8* %112, i64 9216
  %114 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %113, i8** %114, align 8
  %115 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_6(i8* %115, i64 0, i64 2)
  %116 = getelementptr inbounds i8*, i8** %0, i64 33
  %117 = load i8*, i8** %116, align 8
  %118 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %117, i8** %118, align 8
  %119 = getelementptr inbounds i8*, i8** %0, i64 6
  %120 = load i8*, i8** %119, align 8
  %121 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %120, i8** %121, align 8
  %122 = getelementptr inbounds i8*, i8** %0, i64 33
  %123 = load i8*, i8** %122, align 8
  %124 = getelementptr inbounds i8, i8* %123, i64 1024
  %125 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %124, i8** %125, align 8
  %126 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %126, i64 0, i64 16)
  %127 = getelementptr inbounds i8*, i8** %0, i64 33
  %128 = load i8*, i8** %127, align 8
  %129 = getelementptr inbounds i8, i8* %128, i64 5120
  %130 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %129, i8** %130, align 8
  %131 = getelementptr inbounds i8*, i8** %0, i64 33
  %132 = load i8*, i8** %131, align 8
  %133 = getelementptr inbounds i8, i8* %132, i64 1024
  %134 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %133, i8** %134, align 8
  %135 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_7(i8* %135, i64 0, i64 1)
  %136 = getelementptr inbounds i8*, i8** %0, i64 33
  %137 = load i8*, i8** %136, align 8
  %138 = getelementptr inbounds i8, i8* %137, i64 5120
  %139 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %138, i8** %139, align 8
  %140 = getelementptr inbounds i8*, i8** %0, i64 7
  %141 = load i8*, i8** %140, align 8
  %142 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %141, i8** %142, align 8
  %143 = getelementptr inbounds i8*, i8** %0, i64 33
  %144 = load i8*, i8** %143, align 8
  %145 = getelementptr inbounds i8, i8* %144, i64 2048
  %146 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %145, i8** %146, align 8
  %147 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %147, i64 0, i64 16)
  %148 = getelementptr inbounds i8*, i8** %0, i64 33
  %149 = load i8*, i8** %148, align 8
  %150 = getelementptr inbounds i8, i8* %149, i64 2048
  %151 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %150, i8** %151, align 8
  %152 = getelementptr inbounds i8*, i8** %0, i64 8
  %153 = load i8*, i8** %152, align 8
  %154 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %153, i8** %154, align 8
  %155 = getelementptr inbounds i8*, i8** %0, i64 33
  %156 = load i8*, i8** %155, align 8
  %157 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %156, i8** %157, align 8
  %158 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_8(i8* %158, i64 0, i64 16)
  %159 = getelementptr inbounds i8*, i8** %0, i64 33
  %160 = load i8*, i8** %159, align 8
  %161 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %160, i8** %161, align 8
  %162 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_9(i8* %162, i64 0, i64 1)
  %163 = getelementptr inbounds i8*, i8** %0, i64 33
  %164 = load i8*, i8** %163, align 8
  %165 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %164, i8** %165, align 8
  %166 = getelementptr inbounds i8*, i8** %0, i64 9
  %167 = load i8*, i8** %166, align 8
  %168 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %167, i8** %168, align 8
  %169 = getelementptr inbounds i8*, i8** %0, i64 33
  %170 = load i8*, i8** %169, align 8
  %171 = getelementptr inbounds i8, i8* %170, i64 2048
  %172 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %171, i8** %172, align 8
  %173 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_10(i8* %173, i64 0, i64 16)
  %174 = getelementptr inbounds i8*, i8** %0, i64 33
  %175 = load i8*, i8** %174, align 8
  %176 = getelementptr inbounds i8, i8* %175, i64 5120
  %177 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %176, i8** %177, align 8
  %178 = getelementptr inbounds i8*, i8** %0, i64 33
  %179 = load i8*, i8** %178, align 8
  %180 = getelementptr inbounds i8, i8* %179, i64 2048
  %181 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %180, i8** %181, align 8
  %182 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_7(i8* %182, i64 0, i64 1)
  %183 = getelementptr inbounds i8*, i8** %0, i64 33
  %184 = load i8*, i8** %183, align 8
  %185 = getelementptr inbounds i8, i8* %184, i64 5120
  %186 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %185, i8** %186, align 8
  %187 = getelementptr inbounds i8*, i8** %0, i64 33
  %188 = load i8*, i8** %187, align 8
  %189 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %188, i8** %189, align 8
  %190 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_11(i8* %190, i64 0, i64 2)
  %191 = getelementptr inbounds i8*, i8** %0, i64 33
  %192 = load i8*, i8** %191, align 8
  %193 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %192, i8** %193, align 8
  %194 = getelementptr inbounds i8*, i8** %0, i64 1
  %195 = load i8*, i8** %194, align 8
  %196 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %195, i8** %196, align 8
  %197 = getelementptr inbounds i8*, i8** %0, i64 32
  %198 = load i8*, i8** %197, align 8
  %199 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %198, i8** %199, align 8
  %200 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_12(i8* %200, i64 0, i64 2)
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i1 @eptc_check_1(i8* %0) #1 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to i32*
  br label %loop

invalid:                                          ; preds = %body
  ret i1 true

loop:                                             ; preds = %checked, %entry
  %i = phi i64 [ 0, %entry ], [ %11, %checked ]
  %5 = icmp slt i64 %i, 16
  br i1 %5, label %body, label %exit

body:                                             ; preds = %loop
  %6 = getelementptr inbounds i32, i32* %4, i64 %i
  %7 = load i32, i32* %6, align 4
  %8 = icmp slt i32 %7, 0
  %9 = icmp sge i32 %7, 50
  %10 = or i1 %8, %9
  br i1 %10, label %invalid, label %checked

exit:                                             ; preds = %loop
  ret i1 false

checked:                                          ; preds = %body
  %11 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_1(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to i32*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = getelementptr inbounds i32, i32* %9, i64 %i
  %15 = load i32, i32* %14, align 4
  %16 = sext i32 %15 to i64
  %17 = mul i64 %16, 16
  %18 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %25, %body2 ]
  %19 = icmp slt i64 %i4, 16
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 %17, %i4
  %21 = getelementptr inbounds float, float* %6, i64 %20
  %22 = load float, float* %21, align 4
  %23 = add i64 %18, %i4
  %24 = getelementptr inbounds float, float* %12, i64 %23
  store float %22, float* %24, align 4
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %26 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_2(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit19, %entry
  %i = phi i64 [ %1, %entry ], [ %93, %exit19 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %64, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %27, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %33, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %39, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %45, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %51, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %57, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %63, %body2 ]
  %15 = icmp slt i64 %i4, 16
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 %i4, 0
  %17 = add i64 %14, %16
  %18 = getelementptr inbounds float, float* %6, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = fadd float %acc, %20
  %22 = add i64 %i4, 1
  %23 = add i64 %14, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = fmul float %25, %25
  %27 = fadd float %acc5, %26
  %28 = add i64 %i4, 2
  %29 = add i64 %14, %28
  %30 = getelementptr inbounds float, float* %6, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fmul float %31, %31
  %33 = fadd float %acc6, %32
  %34 = add i64 %i4, 3
  %35 = add i64 %14, %34
  %36 = getelementptr inbounds float, float* %6, i64 %35
  %37 = load float, float* %36, align 4
  %38 = fmul float %37, %37
  %39 = fadd float %acc7, %38
  %40 = add i64 %i4, 4
  %41 = add i64 %14, %40
  %42 = getelementptr inbounds float, float* %6, i64 %41
  %43 = load float, float* %42, align 4
  %44 = fmul float %43, %43
  %45 = fadd float %acc8, %44
  %46 = add i64 %i4, 5
  %47 = add i64 %14, %46
  %48 = getelementptr inbounds float, float* %6, i64 %47
  %49 = load float, float* %48, align 4
  %50 = fmul float %49, %49
  %51 = fadd float %acc9, %50
  %52 = add i64 %i4, 6
  %53 = add i64 %14, %52
  %54 = getelementptr inbounds float, float* %6, i64 %53
  %55 = load float, float* %54, align 4
  %56 = fmul float %55, %55
  %57 = fadd float %acc10, %56
  %58 = add i64 %i4, 7
  %59 = add i64 %14, %58
  %60 = getelementptr inbounds float, float* %6, i64 %59
  %61 = load float, float* %60, align 4
  %62 = fmul float %61, %61
  %63 = fadd float %acc11, %62
  %64 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %65 = fadd float %acc, %acc5
  %66 = fadd float %acc6, %acc7
  %67 = fadd float %acc8, %acc9
  %68 = fadd float %acc10, %acc11
  %69 = fadd float %65, %66
  %70 = fadd float %67, %68
  %71 = fadd float %69, %70
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 16, %exit3 ], [ %78, %body13 ]
  %acc16 = phi float [ %71, %exit3 ], [ %77, %body13 ]
  %72 = icmp slt i64 %i15, 16
  br i1 %72, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %73 = add i64 %14, %i15
  %74 = getelementptr inbounds float, float* %6, i64 %73
  %75 = load float, float* %74, align 4
  %76 = fmul float %75, %75
  %77 = fadd float %acc16, %76
  %78 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %79 = fdiv float %acc16, 1.600000e+01
  %80 = fadd float %79, 0x3EB0C6F7A0000000
  %81 = call float @llvm.sqrt.f32(float %80)
  %82 = fdiv float 1.000000e+00, %81
  br label %loop17

loop17:                                           ; preds = %body18, %exit14
  %i20 = phi i64 [ 0, %exit14 ], [ %92, %body18 ]
  %83 = icmp slt i64 %i20, 16
  br i1 %83, label %body18, label %exit19

body18:                                           ; preds = %loop17
  %84 = add i64 %14, %i20
  %85 = getelementptr inbounds float, float* %6, i64 %84
  %86 = load float, float* %85, align 4
  %87 = fmul float %86, %82
  %88 = getelementptr inbounds float, float* %9, i64 %i20
  %89 = load float, float* %88, align 4
  %90 = fmul float %87, %89
  %91 = getelementptr inbounds float, float* %12, i64 %84
  store float %90, float* %91, align 4
  %92 = add i64 %i20, 1
  br label %loop17

exit19:                                           ; preds = %loop17
  %93 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.sqrt.f32(float) #2

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_3(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %i, 16
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %15, 16
  %22 = add i64 %21, %i4
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 16
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 16
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_4(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %20, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 128
  %12 = add i64 0, %11
  %13 = mul i64 %i, 128
  %14 = add i64 0, %13
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %26, %exit7 ]
  %15 = icmp slt i64 %i4, 2
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = mul i64 %i4, 64
  %17 = add i64 %12, %16
  %18 = mul i64 %i4, 8
  %19 = add i64 %14, %18
  br label %loop5

exit3:                                            ; preds = %loop1
  %20 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %34, %exit11 ]
  %21 = icmp slt i64 %i8, 8
  br i1 %21, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %22 = mul i64 %i8, 8
  %23 = add i64 %17, %22
  %24 = mul i64 %i8, 16
  %25 = add i64 %19, %24
  br label %loop9

exit7:                                            ; preds = %loop5
  %26 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %33, %body10 ]
  %27 = icmp slt i64 %i12, 8
  br i1 %27, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %28 = add i64 %23, %i12
  %29 = add i64 %25, %i12
  %30 = getelementptr inbounds float, float* %9, i64 %29
  %31 = load float, float* %30, align 4
  %32 = getelementptr inbounds float, float* %6, i64 %28
  store float %31, float* %32, align 4
  %33 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %34 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_5(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  %13 = getelementptr inbounds i8*, i8** %3, i64 3
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  %16 = getelementptr inbounds i8*, i8** %3, i64 4
  %17 = load i8*, i8** %16, align 8
  %18 = bitcast i8* %17 to float*
  br label %loop

loop:                                             ; preds = %exit19, %entry
  %i = phi i64 [ %1, %entry ], [ %82, %exit19 ]
  %19 = icmp slt i64 %i, %2
  br i1 %19, label %body, label %exit

body:                                             ; preds = %loop
  %20 = mul i64 %i, 320
  %21 = getelementptr inbounds float, float* %15, i64 %20
  %22 = getelementptr inbounds float, float* %21, i64 128
  %23 = mul i64 %i, 8
  %24 = mul i64 %i, 64
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %36, %exit7 ]
  %25 = icmp slt i64 %i4, 8
  br i1 %25, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %26 = mul i64 %i4, 8
  %27 = add i64 %24, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  br label %loop9

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %35, %body6 ]
  %28 = icmp slt i64 %i8, 8
  br i1 %28, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %29 = add i64 %27, %i8
  %30 = getelementptr inbounds float, float* %9, i64 %29
  %31 = load float, float* %30, align 4
  %32 = mul i64 %i8, 16
  %33 = add i64 %i4, %32
  %34 = getelementptr inbounds float, float* %21, i64 %33
  store float %31, float* %34, align 4
  %35 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %36 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %exit15, %exit3
  %i12 = phi i64 [ 0, %exit3 ], [ %43, %exit15 ]
  %37 = icmp slt i64 %i12, 8
  br i1 %37, label %body10, label %exit11

body10:                                           ; preds = %loop9
  br label %loop13

exit11:                                           ; preds = %loop9
  br label %loop17

loop13:                                           ; preds = %body14, %body10
  %i16 = phi i64 [ 8, %body10 ], [ %42, %body14 ]
  %38 = icmp slt i64 %i16, 16
  br i1 %38, label %body14, label %exit15

body14:                                           ; preds = %loop13
  %39 = mul i64 %i12, 16
  %40 = add i64 %i16, %39
  %41 = getelementptr inbounds float, float* %21, i64 %40
  store float 0.000000e+00, float* %41, align 4
  %42 = add i64 %i16, 1
  br label %loop13

exit15:                                           ; preds = %loop13
  %43 = add i64 %i12, 1
  br label %loop9

loop17:                                           ; preds = %join79, %exit11
  %i20 = phi i64 [ 0, %exit11 ], [ %369, %join79 ]
  %44 = icmp slt i64 %i20, 8
  br i1 %44, label %body18, label %exit19

body18:                                           ; preds = %loop17
  %45 = add i64 %i20, 1
  %46 = icmp slt i64 %45, 7
  %47 = select i1 %46, i64 %45, i64 7
  %48 = add i64 %i20, 2
  %49 = icmp slt i64 %48, 7
  %50 = select i1 %49, i64 %48, i64 7
  %51 = add i64 %i20, 3
  %52 = icmp slt i64 %51, 7
  %53 = select i1 %52, i64 %51, i64 7
  %54 = add i64 %i20, 4
  %55 = icmp slt i64 %54, 7
  %56 = select i1 %55, i64 %54, i64 7
  %57 = add i64 %i20, 5
  %58 = icmp slt i64 %57, 7
  %59 = select i1 %58, i64 %57, i64 7
  %60 = add i64 %i20, 1
  %61 = icmp slt i64 %60, 8
  %62 = add i64 %i20, 2
  %63 = icmp slt i64 %62, 8
  %64 = add i64 %i20, 3
  %65 = icmp slt i64 %64, 8
  %66 = add i64 %i20, 4
  %67 = icmp slt i64 %66, 8
  %68 = add i64 %i20, 5
  %69 = icmp slt i64 %68, 8
  %70 = add i64 %23, %i20
  %71 = mul i64 %70, 8
  %72 = add i64 %23, %47
  %73 = mul i64 %72, 8
  %74 = add i64 %23, %50
  %75 = mul i64 %74, 8
  %76 = add i64 %23, %53
  %77 = mul i64 %76, 8
  %78 = add i64 %23, %56
  %79 = mul i64 %78, 8
  %80 = add i64 %23, %59
  %81 = mul i64 %80, 8
  br label %loop21

exit19:                                           ; preds = %loop17
  %82 = add i64 %i, 1
  br label %loop

loop21:                                           ; preds = %exit27, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %189, %exit27 ]
  %83 = icmp slt i64 %i24, 16
  br i1 %83, label %body22, label %exit23

body22:                                           ; preds = %loop21
  br label %loop25

exit23:                                           ; preds = %loop21
  %84 = sub i64 8, %i20
  %85 = icmp slt i64 6, %84
  %86 = select i1 %85, i64 6, i64 %84
  br label %loop40

loop25:                                           ; preds = %body26, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %140, %body26 ]
  %acc = phi <8 x float> [ zeroinitializer, %body22 ], [ %103, %body26 ]
  %acc29 = phi <8 x float> [ zeroinitializer, %body22 ], [ %104, %body26 ]
  %acc30 = phi <8 x float> [ zeroinitializer, %body22 ], [ %110, %body26 ]
  %acc31 = phi <8 x float> [ zeroinitializer, %body22 ], [ %111, %body26 ]
  %acc32 = phi <8 x float> [ zeroinitializer, %body22 ], [ %117, %body26 ]
  %acc33 = phi <8 x float> [ zeroinitializer, %body22 ], [ %118, %body26 ]
  %acc34 = phi <8 x float> [ zeroinitializer, %body22 ], [ %124, %body26 ]
  %acc35 = phi <8 x float> [ zeroinitializer, %body22 ], [ %125, %body26 ]
  %acc36 = phi <8 x float> [ zeroinitializer, %body22 ], [ %131, %body26 ]
  %acc37 = phi <8 x float> [ zeroinitializer, %body22 ], [ %132, %body26 ]
  %acc38 = phi <8 x float> [ zeroinitializer, %body22 ], [ %138, %body26 ]
  %acc39 = phi <8 x float> [ zeroinitializer, %body22 ], [ %139, %body26 ]
  %87 = icmp slt i64 %i28, 8
  br i1 %87, label %body26, label %exit27

body26:                                           ; preds = %loop25
  %88 = mul i64 %i28, 16
  %89 = add i64 %i24, %88
  %90 = add i64 %89, 0
  %91 = getelementptr inbounds float, float* %21, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  %93 = load <8 x float>, <8 x float>* %92, align 4
  %94 = add i64 %89, 8
  %95 = getelementptr inbounds float, float* %21, i64 %94
  %96 = bitcast float* %95 to <8 x float>*
  %97 = load <8 x float>, <8 x float>* %96, align 4
  %98 = add i64 %71, %i28
  %99 = getelementptr inbounds float, float* %6, i64 %98
  %100 = load float, float* %99, align 4
  %101 = insertelement <8 x float> undef, float %100, i32 0
  %102 = shufflevector <8 x float> %101, <8 x float> undef, <8 x i32> zeroinitializer
  %103 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %102, <8 x float> %93, <8 x float> %acc)
  %104 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %102, <8 x float> %97, <8 x float> %acc29)
  %105 = add i64 %73, %i28
  %106 = getelementptr inbounds float, float* %6, i64 %105
  %107 = load float, float* %106, align 4
  %108 = insertelement <8 x float> undef, float %107, i32 0
  %109 = shufflevector <8 x float> %108, <8 x float> undef, <8 x i32> zeroinitializer
  %110 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %109, <8 x float> %93, <8 x float> %acc30)
  %111 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %109, <8 x float> %97, <8 x float> %acc31)
  %112 = add i64 %75, %i28
  %113 = getelementptr inbounds float, float* %6, i64 %112
  %114 = load float, float* %113, align 4
  %115 = insertelement <8 x float> undef, float %114, i32 0
  %116 = shufflevector <8 x float> %115, <8 x float> undef, <8 x i32> zeroinitializer
  %117 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %116, <8 x float> %93, <8 x float> %acc32)
  %118 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %116, <8 x float> %97, <8 x float> %acc33)
  %119 = add i64 %77, %i28
  %120 = getelementptr inbounds float, float* %6, i64 %119
  %121 = load float, float* %120, align 4
  %122 = insertelement <8 x float> undef, float %121, i32 0
  %123 = shufflevector <8 x float> %122, <8 x float> undef, <8 x i32> zeroinitializer
  %124 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %123, <8 x float> %93, <8 x float> %acc34)
  %125 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %123, <8 x float> %97, <8 x float> %acc35)
  %126 = add i64 %79, %i28
  %127 = getelementptr inbounds float, float* %6, i64 %126
  %128 = load float, float* %127, align 4
  %129 = insertelement <8 x float> undef, float %128, i32 0
  %130 = shufflevector <8 x float> %129, <8 x float> undef, <8 x i32> zeroinitializer
  %131 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %130, <8 x float> %93, <8 x float> %acc36)
  %132 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %130, <8 x float> %97, <8 x float> %acc37)
  %133 = add i64 %81, %i28
  %134 = getelementptr inbounds float, float* %6, i64 %133
  %135 = load float, float* %134, align 4
  %136 = insertelement <8 x float> undef, float %135, i32 0
  %137 = shufflevector <8 x float> %136, <8 x float> undef, <8 x i32> zeroinitializer
  %138 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %137, <8 x float> %93, <8 x float> %acc38)
  %139 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %137, <8 x float> %97, <8 x float> %acc39)
  %140 = add i64 %i28, 1
  br label %loop25

exit27:                                           ; preds = %loop25
  %141 = add i64 %i24, 0
  %142 = add i64 0, %141
  %143 = getelementptr inbounds float, float* %22, i64 %142
  %144 = bitcast float* %143 to <8 x float>*
  store <8 x float> %acc, <8 x float>* %144, align 4
  %145 = add i64 %i24, 8
  %146 = add i64 0, %145
  %147 = getelementptr inbounds float, float* %22, i64 %146
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %acc29, <8 x float>* %148, align 4
  %149 = add i64 %i24, 0
  %150 = add i64 16, %149
  %151 = getelementptr inbounds float, float* %22, i64 %150
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %acc30, <8 x float>* %152, align 4
  %153 = add i64 %i24, 8
  %154 = add i64 16, %153
  %155 = getelementptr inbounds float, float* %22, i64 %154
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %acc31, <8 x float>* %156, align 4
  %157 = add i64 %i24, 0
  %158 = add i64 32, %157
  %159 = getelementptr inbounds float, float* %22, i64 %158
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %acc32, <8 x float>* %160, align 4
  %161 = add i64 %i24, 8
  %162 = add i64 32, %161
  %163 = getelementptr inbounds float, float* %22, i64 %162
  %164 = bitcast float* %163 to <8 x float>*
  store <8 x float> %acc33, <8 x float>* %164, align 4
  %165 = add i64 %i24, 0
  %166 = add i64 48, %165
  %167 = getelementptr inbounds float, float* %22, i64 %166
  %168 = bitcast float* %167 to <8 x float>*
  store <8 x float> %acc34, <8 x float>* %168, align 4
  %169 = add i64 %i24, 8
  %170 = add i64 48, %169
  %171 = getelementptr inbounds float, float* %22, i64 %170
  %172 = bitcast float* %171 to <8 x float>*
  store <8 x float> %acc35, <8 x float>* %172, align 4
  %173 = add i64 %i24, 0
  %174 = add i64 64, %173
  %175 = getelementptr inbounds float, float* %22, i64 %174
  %176 = bitcast float* %175 to <8 x float>*
  store <8 x float> %acc36, <8 x float>* %176, align 4
  %177 = add i64 %i24, 8
  %178 = add i64 64, %177
  %179 = getelementptr inbounds float, float* %22, i64 %178
  %180 = bitcast float* %179 to <8 x float>*
  store <8 x float> %acc37, <8 x float>* %180, align 4
  %181 = add i64 %i24, 0
  %182 = add i64 80, %181
  %183 = getelementptr inbounds float, float* %22, i64 %182
  %184 = bitcast float* %183 to <8 x float>*
  store <8 x float> %acc38, <8 x float>* %184, align 4
  %185 = add i64 %i24, 8
  %186 = add i64 80, %185
  %187 = getelementptr inbounds float, float* %22, i64 %186
  %188 = bitcast float* %187 to <8 x float>*
  store <8 x float> %acc39, <8 x float>* %188, align 4
  %189 = add i64 %i24, 16
  br label %loop21

loop40:                                           ; preds = %exit60, %exit23
  %i43 = phi i64 [ 0, %exit23 ], [ %306, %exit60 ]
  %190 = icmp slt i64 %i43, %86
  br i1 %190, label %body41, label %exit42

body41:                                           ; preds = %loop40
  %191 = mul i64 %i43, 16
  %192 = add i64 %i20, %i43
  %193 = sdiv i64 %i, 2
  %194 = srem i64 %i, 2
  br label %loop44

exit42:                                           ; preds = %loop40
  %195 = mul i64 %i, 64
  %196 = add i64 %23, %i20
  %197 = mul i64 %196, 8
  %198 = add i64 %23, %47
  %199 = mul i64 %198, 8
  %200 = add i64 %23, %50
  %201 = mul i64 %200, 8
  %202 = add i64 %23, %53
  %203 = mul i64 %202, 8
  %204 = add i64 %23, %56
  %205 = mul i64 %204, 8
  %206 = add i64 %23, %59
  %207 = mul i64 %206, 8
  br label %loop62

loop44:                                           ; preds = %body45, %body41
  %i47 = phi i64 [ 0, %body41 ], [ %221, %body45 ]
  %acc48 = phi <8 x float> [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %body41 ], [ %220, %body45 ]
  %208 = icmp slt i64 %i47, 8
  br i1 %208, label %body45, label %exit46

body45:                                           ; preds = %loop44
  %209 = add i64 %191, %i47
  %210 = getelementptr inbounds float, float* %22, i64 %209
  %211 = bitcast float* %210 to <8 x float>*
  %212 = load <8 x float>, <8 x float>* %211, align 4
  %213 = fmul <8 x float> %212, <float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000, float 0x3FD6A09E60000000>
  %214 = add i64 %191, %i47
  %215 = getelementptr inbounds float, float* %22, i64 %214
  %216 = bitcast float* %215 to <8 x float>*
  store <8 x float> %213, <8 x float>* %216, align 4
  %217 = fcmp uno <8 x float> %acc48, %213
  %218 = fcmp ogt <8 x float> %213, %acc48
  %219 = select <8 x i1> %218, <8 x float> %213, <8 x float> %acc48
  %220 = select <8 x i1> %217, <8 x float> <float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000, float 0x7FF8000000000000>, <8 x float> %219
  %221 = add i64 %i47, 8
  br label %loop44

exit46:                                           ; preds = %loop44
  %222 = extractelement <8 x float> %acc48, i32 0
  %223 = extractelement <8 x float> %acc48, i32 1
  %224 = extractelement <8 x float> %acc48, i32 2
  %225 = extractelement <8 x float> %acc48, i32 3
  %226 = extractelement <8 x float> %acc48, i32 4
  %227 = extractelement <8 x float> %acc48, i32 5
  %228 = extractelement <8 x float> %acc48, i32 6
  %229 = extractelement <8 x float> %acc48, i32 7
  %230 = fcmp uno float %222, %223
  %231 = fcmp ogt float %223, %222
  %232 = select i1 %231, float %223, float %222
  %233 = select i1 %230, float 0x7FF8000000000000, float %232
  %234 = fcmp uno float %224, %225
  %235 = fcmp ogt float %225, %224
  %236 = select i1 %235, float %225, float %224
  %237 = select i1 %234, float 0x7FF8000000000000, float %236
  %238 = fcmp uno float %226, %227
  %239 = fcmp ogt float %227, %226
  %240 = select i1 %239, float %227, float %226
  %241 = select i1 %238, float 0x7FF8000000000000, float %240
  %242 = fcmp uno float %228, %229
  %243 = fcmp ogt float %229, %228
  %244 = select i1 %243, float %229, float %228
  %245 = select i1 %242, float 0x7FF8000000000000, float %244
  %246 = fcmp uno float %233, %237
  %247 = fcmp ogt float %237, %233
  %248 = select i1 %247, float %237, float %233
  %249 = select i1 %246, float 0x7FF8000000000000, float %248
  %250 = fcmp uno float %241, %245
  %251 = fcmp ogt float %245, %241
  %252 = select i1 %251, float %245, float %241
  %253 = select i1 %250, float 0x7FF8000000000000, float %252
  %254 = fcmp uno float %249, %253
  %255 = fcmp ogt float %253, %249
  %256 = select i1 %255, float %253, float %249
  %257 = select i1 %254, float 0x7FF8000000000000, float %256
  br label %loop49

loop49:                                           ; preds = %body50, %exit46
  %i52 = phi i64 [ 0, %exit46 ], [ %292, %body50 ]
  %258 = icmp slt i64 %i52, 8
  br i1 %258, label %body50, label %exit51

body50:                                           ; preds = %loop49
  %259 = add i64 %191, %i52
  %260 = getelementptr inbounds float, float* %22, i64 %259
  %261 = load float, float* %260, align 4
  %262 = fsub float %261, %257
  %263 = fcmp oge float %262, -1.100000e+02
  %264 = select i1 %263, float %262, float -1.100000e+02
  %265 = fcmp ole float %264, 1.000000e+02
  %266 = select i1 %265, float %264, float 1.000000e+02
  %267 = fmul float %266, 0x3FF7154760000000
  %268 = call float @llvm.rint.f32(float %267)
  %269 = call float @llvm.fmuladd.f32(float %268, float 0xBFE6300000000000, float %266)
  %270 = call float @llvm.fmuladd.f32(float %268, float 0x3F2BD01060000000, float %269)
  %271 = fmul float %270, %270
  %272 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %270, float 0x3F81239880000000)
  %273 = call float @llvm.fmuladd.f32(float %272, float %270, float 0x3FA5558AE0000000)
  %274 = call float @llvm.fmuladd.f32(float %273, float %270, float 0x3FC5554920000000)
  %275 = call float @llvm.fmuladd.f32(float %274, float %270, float 0x3FDFFFFFC0000000)
  %276 = call float @llvm.fmuladd.f32(float %271, float %275, float %270)
  %277 = fadd float %276, 1.000000e+00
  %278 = fptosi float %268 to i32
  %279 = ashr i32 %278, 1
  %280 = sub i32 %278, %279
  %281 = add i32 %279, 127
  %282 = shl i32 %281, 23
  %283 = bitcast i32 %282 to float
  %284 = fmul float %277, %283
  %285 = add i32 %280, 127
  %286 = shl i32 %285, 23
  %287 = bitcast i32 %286 to float
  %288 = fmul float %284, %287
  %289 = fcmp uno float %262, %262
  %290 = select i1 %289, float %262, float %288
  %291 = getelementptr inbounds float, float* %22, i64 %259
  store float %290, float* %291, align 4
  %292 = add i64 %i52, 1
  br label %loop49

exit51:                                           ; preds = %loop49
  br label %loop53

loop53:                                           ; preds = %body54, %exit51
  %i56 = phi i64 [ 0, %exit51 ], [ %298, %body54 ]
  %acc57 = phi float [ 0.000000e+00, %exit51 ], [ %297, %body54 ]
  %293 = icmp slt i64 %i56, 8
  br i1 %293, label %body54, label %exit55

body54:                                           ; preds = %loop53
  %294 = add i64 %191, %i56
  %295 = getelementptr inbounds float, float* %22, i64 %294
  %296 = load float, float* %295, align 4
  %297 = fadd float %acc57, %296
  %298 = add i64 %i56, 1
  br label %loop53

exit55:                                           ; preds = %loop53
  br label %loop58

loop58:                                           ; preds = %body59, %exit55
  %i61 = phi i64 [ 0, %exit55 ], [ %305, %body59 ]
  %299 = icmp slt i64 %i61, 8
  br i1 %299, label %body59, label %exit60

body59:                                           ; preds = %loop58
  %300 = add i64 %191, %i61
  %301 = getelementptr inbounds float, float* %22, i64 %300
  %302 = load float, float* %301, align 4
  %303 = fdiv float %302, %acc57
  %304 = getelementptr inbounds float, float* %22, i64 %300
  store float %303, float* %304, align 4
  %305 = add i64 %i61, 1
  br label %loop58

exit60:                                           ; preds = %loop58
  %306 = add i64 %i43, 1
  br label %loop40

loop62:                                           ; preds = %body63, %exit42
  %i65 = phi i64 [ 0, %exit42 ], [ %350, %body63 ]
  %acc66 = phi <8 x float> [ zeroinitializer, %exit42 ], [ %319, %body63 ]
  %acc67 = phi <8 x float> [ zeroinitializer, %exit42 ], [ %325, %body63 ]
  %acc68 = phi <8 x float> [ zeroinitializer, %exit42 ], [ %331, %body63 ]
  %acc69 = phi <8 x float> [ zeroinitializer, %exit42 ], [ %337, %body63 ]
  %acc70 = phi <8 x float> [ zeroinitializer, %exit42 ], [ %343, %body63 ]
  %acc71 = phi <8 x float> [ zeroinitializer, %exit42 ], [ %349, %body63 ]
  %307 = icmp slt i64 %i65, 8
  br i1 %307, label %body63, label %exit64

body63:                                           ; preds = %loop62
  %308 = mul i64 %i65, 8
  %309 = add i64 %195, %308
  %310 = add i64 %309, 0
  %311 = getelementptr inbounds float, float* %12, i64 %310
  %312 = bitcast float* %311 to <8 x float>*
  %313 = load <8 x float>, <8 x float>* %312, align 4
  %314 = add i64 0, %i65
  %315 = getelementptr inbounds float, float* %22, i64 %314
  %316 = load float, float* %315, align 4
  %317 = insertelement <8 x float> undef, float %316, i32 0
  %318 = shufflevector <8 x float> %317, <8 x float> undef, <8 x i32> zeroinitializer
  %319 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %318, <8 x float> %313, <8 x float> %acc66)
  %320 = add i64 16, %i65
  %321 = getelementptr inbounds float, float* %22, i64 %320
  %322 = load float, float* %321, align 4
  %323 = insertelement <8 x float> undef, float %322, i32 0
  %324 = shufflevector <8 x float> %323, <8 x float> undef, <8 x i32> zeroinitializer
  %325 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %324, <8 x float> %313, <8 x float> %acc67)
  %326 = add i64 32, %i65
  %327 = getelementptr inbounds float, float* %22, i64 %326
  %328 = load float, float* %327, align 4
  %329 = insertelement <8 x float> undef, float %328, i32 0
  %330 = shufflevector <8 x float> %329, <8 x float> undef, <8 x i32> zeroinitializer
  %331 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %330, <8 x float> %313, <8 x float> %acc68)
  %332 = add i64 48, %i65
  %333 = getelementptr inbounds float, float* %22, i64 %332
  %334 = load float, float* %333, align 4
  %335 = insertelement <8 x float> undef, float %334, i32 0
  %336 = shufflevector <8 x float> %335, <8 x float> undef, <8 x i32> zeroinitializer
  %337 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %336, <8 x float> %313, <8 x float> %acc69)
  %338 = add i64 64, %i65
  %339 = getelementptr inbounds float, float* %22, i64 %338
  %340 = load float, float* %339, align 4
  %341 = insertelement <8 x float> undef, float %340, i32 0
  %342 = shufflevector <8 x float> %341, <8 x float> undef, <8 x i32> zeroinitializer
  %343 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %342, <8 x float> %313, <8 x float> %acc70)
  %344 = add i64 80, %i65
  %345 = getelementptr inbounds float, float* %22, i64 %344
  %346 = load float, float* %345, align 4
  %347 = insertelement <8 x float> undef, float %346, i32 0
  %348 = shufflevector <8 x float> %347, <8 x float> undef, <8 x i32> zeroinitializer
  %349 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %348, <8 x float> %313, <8 x float> %acc71)
  %350 = add i64 %i65, 1
  br label %loop62

exit64:                                           ; preds = %loop62
  %351 = add i64 %197, 0
  %352 = getelementptr inbounds float, float* %18, i64 %351
  %353 = bitcast float* %352 to <8 x float>*
  store <8 x float> %acc66, <8 x float>* %353, align 4
  br i1 %61, label %then, label %join

then:                                             ; preds = %exit64
  %354 = add i64 %199, 0
  %355 = getelementptr inbounds float, float* %18, i64 %354
  %356 = bitcast float* %355 to <8 x float>*
  store <8 x float> %acc67, <8 x float>* %356, align 4
  br label %join

join:                                             ; preds = %then, %exit64
  br i1 %63, label %then72, label %join73

then72:                                           ; preds = %join
  %357 = add i64 %201, 0
  %358 = getelementptr inbounds float, float* %18, i64 %357
  %359 = bitcast float* %358 to <8 x float>*
  store <8 x float> %acc68, <8 x float>* %359, align 4
  br label %join73

join73:                                           ; preds = %then72, %join
  br i1 %65, label %then74, label %join75

then74:                                           ; preds = %join73
  %360 = add i64 %203, 0
  %361 = getelementptr inbounds float, float* %18, i64 %360
  %362 = bitcast float* %361 to <8 x float>*
  store <8 x float> %acc69, <8 x float>* %362, align 4
  br label %join75

join75:                                           ; preds = %then74, %join73
  br i1 %67, label %then76, label %join77

then76:                                           ; preds = %join75
  %363 = add i64 %205, 0
  %364 = getelementptr inbounds float, float* %18, i64 %363
  %365 = bitcast float* %364 to <8 x float>*
  store <8 x float> %acc70, <8 x float>* %365, align 4
  br label %join77

join77:                                           ; preds = %then76, %join75
  br i1 %69, label %then78, label %join79

then78:                                           ; preds = %join77
  %366 = add i64 %207, 0
  %367 = getelementptr inbounds float, float* %18, i64 %366
  %368 = bitcast float* %367 to <8 x float>*
  store <8 x float> %acc71, <8 x float>* %368, align 4
  br label %join79

join79:                                           ; preds = %then78, %join77
  %369 = add i64 %i20, 6
  br label %loop17
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.rint.f32(float) #2

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_6(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %20, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 128
  %12 = add i64 0, %11
  %13 = mul i64 %i, 128
  %14 = add i64 0, %13
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %26, %exit7 ]
  %15 = icmp slt i64 %i4, 8
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = mul i64 %i4, 16
  %17 = add i64 %12, %16
  %18 = mul i64 %i4, 8
  %19 = add i64 %14, %18
  br label %loop5

exit3:                                            ; preds = %loop1
  %20 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %34, %exit11 ]
  %21 = icmp slt i64 %i8, 2
  br i1 %21, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %22 = mul i64 %i8, 8
  %23 = add i64 %17, %22
  %24 = mul i64 %i8, 64
  %25 = add i64 %19, %24
  br label %loop9

exit7:                                            ; preds = %loop5
  %26 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %33, %body10 ]
  %27 = icmp slt i64 %i12, 8
  br i1 %27, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %28 = add i64 %23, %i12
  %29 = add i64 %25, %i12
  %30 = getelementptr inbounds float, float* %9, i64 %29
  %31 = load float, float* %30, align 4
  %32 = getelementptr inbounds float, float* %6, i64 %28
  store float %31, float* %32, align 4
  %33 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %34 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_7(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 256
  %17 = select i1 %16, i64 %15, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_8(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %i, 32
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %15, 16
  %22 = add i64 %21, %i4
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 32
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 32
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_9(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 512
  %14 = select i1 %13, i64 %12, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %23, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fcmp ogt float %19, 0.000000e+00
  %21 = select i1 %20, float %19, float 0.000000e+00
  %22 = getelementptr inbounds float, float* %6, i64 %16
  store float %21, float* %22, align 4
  %23 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_10(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 256
  %17 = mul i64 %i, 16
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 32
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %15, 32
  %22 = add i64 %21, %i4
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 16
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 16
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_11(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit15, %entry
  %i = phi i64 [ %1, %entry ], [ %45, %exit15 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = sdiv i64 %i, 1
  %12 = srem i64 %i, 1
  %13 = mul i64 %11, 16
  %14 = mul i64 %12, 256
  %15 = add i64 %13, %14
  %16 = mul i64 %12, 256
  %17 = icmp slt i64 %16, -240
  %18 = mul i64 %12, 256
  %19 = add i64 %18, 256
  %20 = select i1 %17, i64 %19, i64 16
  %21 = add i64 %13, %20
  %22 = mul i64 %11, 112
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %15, %body ], [ %25, %body2 ]
  %23 = icmp slt i64 %i4, %21
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = getelementptr inbounds float, float* %9, i64 %i4
  store float 0.000000e+00, float* %24, align 4
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %exit11, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %38, %exit11 ]
  %26 = icmp slt i64 %i8, 8
  br i1 %26, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %27 = mul i64 %i8, 16
  %28 = add i64 %22, %27
  br label %loop9

exit7:                                            ; preds = %loop5
  br label %loop13

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ %15, %body6 ], [ %37, %body10 ]
  %29 = icmp slt i64 %i12, %21
  br i1 %29, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %30 = getelementptr inbounds float, float* %9, i64 %i12
  %31 = load float, float* %30, align 4
  %32 = add i64 %28, %i12
  %33 = getelementptr inbounds float, float* %6, i64 %32
  %34 = load float, float* %33, align 4
  %35 = fadd float %31, %34
  %36 = getelementptr inbounds float, float* %9, i64 %i12
  store float %35, float* %36, align 4
  %37 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %38 = add i64 %i8, 1
  br label %loop5

loop13:                                           ; preds = %body14, %exit7
  %i16 = phi i64 [ %15, %exit7 ], [ %44, %body14 ]
  %39 = icmp slt i64 %i16, %21
  br i1 %39, label %body14, label %exit15

body14:                                           ; preds = %loop13
  %40 = getelementptr inbounds float, float* %9, i64 %i16
  %41 = load float, float* %40, align 4
  %42 = fdiv float %41, 8.000000e+00
  %43 = getelementptr inbounds float, float* %9, i64 %i16
  store float %42, float* %43, align 4
  %44 = add i64 %i16, 1
  br label %loop13

exit15:                                           ; preds = %loop13
  %45 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_12(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 2
  %15 = srem i64 %i, 2
  %16 = mul i64 %14, 32
  %17 = mul i64 %i, 3
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 12, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %15, 16
  %22 = add i64 %21, %i4
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 3
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 3
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

attributes #0 = { nounwind "prefer-vector-width"="256" }
attributes #1 = { noinline nounwind "prefer-vector-width"="256" }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { argmemonly nofree nounwind willreturn writeonly }
