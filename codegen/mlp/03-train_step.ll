; ModuleID = 'mlp'
source_filename = "mlp"
; target triple = <host> (set by eptc at compile time)

; Function Attrs: nounwind
define i32 @eptc_entry_3(i8** %0) #0 {
entry:
  %pointers = alloca i8*, i64 4, align 8
  %1 = getelementptr inbounds i8*, i8** %0, i64 25
  %2 = load i8*, i8** %1, align 8
  %3 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2, i8** %3, align 8
  %4 = getelementptr inbounds i8*, i8** %0, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %5, i8** %6, align 8
  %7 = getelementptr inbounds i8*, i8** %0, i64 55
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 8192
  %10 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %9, i8** %10, align 8
  %11 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_1(i8* %11, i64 0, i64 8)
  %12 = getelementptr inbounds i8*, i8** %0, i64 55
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 8192
  %15 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %14, i8** %15, align 8
  %16 = getelementptr inbounds i8*, i8** %0, i64 1
  %17 = load i8*, i8** %16, align 8
  %18 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %17, i8** %18, align 8
  %19 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %19, i64 0, i64 8)
  %20 = getelementptr inbounds i8*, i8** %0, i64 55
  %21 = load i8*, i8** %20, align 8
  %22 = getelementptr inbounds i8, i8* %21, i64 9216
  %23 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %22, i8** %23, align 8
  %24 = getelementptr inbounds i8*, i8** %0, i64 55
  %25 = load i8*, i8** %24, align 8
  %26 = getelementptr inbounds i8, i8* %25, i64 8192
  %27 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %26, i8** %27, align 8
  %28 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %28, i64 0, i64 1)
  %29 = getelementptr inbounds i8*, i8** %0, i64 55
  %30 = load i8*, i8** %29, align 8
  %31 = getelementptr inbounds i8, i8* %30, i64 9216
  %32 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %31, i8** %32, align 8
  %33 = getelementptr inbounds i8*, i8** %0, i64 4
  %34 = load i8*, i8** %33, align 8
  %35 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %34, i8** %35, align 8
  %36 = getelementptr inbounds i8*, i8** %0, i64 55
  %37 = load i8*, i8** %36, align 8
  %38 = getelementptr inbounds i8, i8* %37, i64 10240
  %39 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %38, i8** %39, align 8
  %40 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %40, i64 0, i64 8)
  %41 = getelementptr inbounds i8*, i8** %0, i64 55
  %42 = load i8*, i8** %41, align 8
  %43 = getelementptr inbounds i8, i8* %42, i64 10240
  %44 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %43, i8** %44, align 8
  %45 = getelementptr inbounds i8*, i8** %0, i64 5
  %46 = load i8*, i8** %45, align 8
  %47 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %46, i8** %47, align 8
  %48 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %48, i64 0, i64 8)
  %49 = getelementptr inbounds i8*, i8** %0, i64 55
  %50 = load i8*, i8** %49, align 8
  %51 = getelementptr inbounds i8, i8* %50, i64 4096
  %52 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %51, i8** %52, align 8
  %53 = getelementptr inbounds i8*, i8** %0, i64 55
  %54 = load i8*, i8** %53, align 8
  %55 = getelementptr inbounds i8, i8* %54, i64 10240
  %56 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %55, i8** %56, align 8
  %57 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %57, i64 0, i64 1)
  %58 = getelementptr inbounds i8*, i8** %0, i64 55
  %59 = load i8*, i8** %58, align 8
  %60 = getelementptr inbounds i8, i8* %59, i64 4096
  %61 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %60, i8** %61, align 8
  %62 = getelementptr inbounds i8*, i8** %0, i64 55
  %63 = load i8*, i8** %62, align 8
  %64 = getelementptr inbounds i8, i8* %63, i64 9216
  %65 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %64, i8** %65, align 8
  %66 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_5(i8* %66, i64 0, i64 1)
  %67 = getelementptr inbounds i8*, i8** %0, i64 55
  %68 = load i8*, i8** %67, align 8
  %69 = getelementptr inbounds i8, i8* %68, i64 4096
  %70 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %69, i8** %70, align 8
  %71 = getelementptr inbounds i8*, i8** %0, i64 6
  %72 = load i8*, i8** %71, align 8
  %73 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %72, i8** %73, align 8
  %74 = getelementptr inbounds i8*, i8** %0, i64 55
  %75 = load i8*, i8** %74, align 8
  %76 = getelementptr inbounds i8, i8* %75, i64 5120
  %77 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %76, i8** %77, align 8
  %78 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %78, i64 0, i64 8)
  %79 = getelementptr inbounds i8*, i8** %0, i64 55
  %80 = load i8*, i8** %79, align 8
  %81 = getelementptr inbounds i8, i8* %80, i64 5120
  %82 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %81, i8** %82, align 8
  %83 = getelementptr inbounds i8*, i8** %0, i64 7
  %84 = load i8*, i8** %83, align 8
  %85 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %84, i8** %85, align 8
  %86 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %86, i64 0, i64 8)
  %87 = getelementptr inbounds i8*, i8** %0, i64 55
  %88 = load i8*, i8** %87, align 8
  %89 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %88, i8** %89, align 8
  %90 = getelementptr inbounds i8*, i8** %0, i64 55
  %91 = load i8*, i8** %90, align 8
  %92 = getelementptr inbounds i8, i8* %91, i64 5120
  %93 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %92, i8** %93, align 8
  %94 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %94, i64 0, i64 1)
  %95 = getelementptr inbounds i8*, i8** %0, i64 55
  %96 = load i8*, i8** %95, align 8
  %97 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %96, i8** %97, align 8
  %98 = getelementptr inbounds i8*, i8** %0, i64 55
  %99 = load i8*, i8** %98, align 8
  %100 = getelementptr inbounds i8, i8* %99, i64 4096
  %101 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %100, i8** %101, align 8
  %102 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_5(i8* %102, i64 0, i64 1)
  %103 = getelementptr inbounds i8*, i8** %0, i64 55
  %104 = load i8*, i8** %103, align 8
  %105 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %104, i8** %105, align 8
  %106 = getelementptr inbounds i8*, i8** %0, i64 2
  %107 = load i8*, i8** %106, align 8
  %108 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %107, i8** %108, align 8
  %109 = getelementptr inbounds i8*, i8** %0, i64 55
  %110 = load i8*, i8** %109, align 8
  %111 = getelementptr inbounds i8, i8* %110, i64 1024
  %112 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %111, i8** %112, align 8
  %113 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_6(i8* %113, i64 0, i64 8)
  %114 = getelementptr inbounds i8*, i8** %0, i64 55
  %115 = load i8*, i8** %114, align 8
  %116 = getelementptr inbounds i8, i8* %115, i64 1024
  %117 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %116, i8** %117, align 8
  %118 = getelementptr inbounds i8*, i8** %0, i64 3
  %119 = load i8*, i8** %118, align 8
  %120 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %119, i8** %120, align 8
  %121 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_7(i8* %121, i64 0, i64 8)
  %122 = getelementptr inbounds i8*, i8** %0, i64 26
  %123 = load i8*, i8** %122, align 8
  %124 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %123, i8** %124, align 8
  %125 = bitcast i8** %pointers to i8*
  %126 = call i1 @eptc_check_1(i8* %125)
  br i1 %126, label %invalid, label %valid

invalid:                                          ; preds = %entry
  ret i32 24

valid:                                            ; preds = %entry
  %127 = getelementptr inbounds i8*, i8** %0, i64 55
  %128 = load i8*, i8** %127, align 8
  %129 = getelementptr inbounds i8, i8* %128, i64 1024
  %130 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %129, i8** %130, align 8
  %131 = getelementptr inbounds i8*, i8** %0, i64 26
  %132 = load i8*, i8** %131, align 8
  %133 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %132, i8** %133, align 8
  %134 = getelementptr inbounds i8*, i8** %0, i64 55
  %135 = load i8*, i8** %134, align 8
  %136 = getelementptr inbounds i8, i8* %135, i64 1152
  %137 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %136, i8** %137, align 8
  %138 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_8(i8* %138, i64 0, i64 8)
  %139 = getelementptr inbounds i8*, i8** %0, i64 26
  %140 = load i8*, i8** %139, align 8
  %141 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %140, i8** %141, align 8
  %142 = getelementptr inbounds i8*, i8** %0, i64 55
  %143 = load i8*, i8** %142, align 8
  %144 = getelementptr inbounds i8, i8* %143, i64 1152
  %145 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %144, i8** %145, align 8
  %146 = getelementptr inbounds i8*, i8** %0, i64 28
  %147 = load i8*, i8** %146, align 8
  %148 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %147, i8** %148, align 8
  %149 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_9(i8* %149, i64 0, i64 1)
  %150 = getelementptr inbounds i8*, i8** %0, i64 55
  %151 = load i8*, i8** %150, align 8
  %152 = getelementptr inbounds i8, i8* %151, i64 14976
  %153 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %152, i8** %153, align 8
  %154 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_10(i8* %154, i64 0, i64 1)
  %155 = getelementptr inbounds i8*, i8** %0, i64 26
  %156 = load i8*, i8** %155, align 8
  %157 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %156, i8** %157, align 8
  %158 = bitcast i8** %pointers to i8*
  %159 = call i1 @eptc_check_1(i8* %158)
  br i1 %159, label %invalid1, label %valid2

invalid1:                                         ; preds = %valid
  ret i32 26

valid2:                                           ; preds = %valid
  %160 = getelementptr inbounds i8*, i8** %0, i64 26
  %161 = load i8*, i8** %160, align 8
  %162 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %161, i8** %162, align 8
  %163 = getelementptr inbounds i8*, i8** %0, i64 55
  %164 = load i8*, i8** %163, align 8
  %165 = getelementptr inbounds i8, i8* %164, i64 14976
  %166 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %165, i8** %166, align 8
  %167 = getelementptr inbounds i8*, i8** %0, i64 55
  %168 = load i8*, i8** %167, align 8
  %169 = getelementptr inbounds i8, i8* %168, i64 1280
  %170 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %169, i8** %170, align 8
  %171 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_11(i8* %171, i64 0, i64 1)
  %172 = getelementptr inbounds i8*, i8** %0, i64 55
  %173 = load i8*, i8** %172, align 8
  %174 = getelementptr inbounds i8, i8* %173, i64 1024
  %175 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %174, i8** %175, align 8
  %176 = getelementptr inbounds i8*, i8** %0, i64 26
  %177 = load i8*, i8** %176, align 8
  %178 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %177, i8** %178, align 8
  %179 = getelementptr inbounds i8*, i8** %0, i64 55
  %180 = load i8*, i8** %179, align 8
  %181 = getelementptr inbounds i8, i8* %180, i64 1280
  %182 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %181, i8** %182, align 8
  %183 = getelementptr inbounds i8*, i8** %0, i64 55
  %184 = load i8*, i8** %183, align 8
  %185 = getelementptr inbounds i8, i8* %184, i64 1152
  %186 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %185, i8** %186, align 8
  %187 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_12(i8* %187, i64 0, i64 8)
  %188 = getelementptr inbounds i8*, i8** %0, i64 55
  %189 = load i8*, i8** %188, align 8
  %190 = getelementptr inbounds i8, i8* %189, i64 1152
  %191 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %190, i8** %191, align 8
  %192 = getelementptr inbounds i8*, i8** %0, i64 55
  %193 = load i8*, i8** %192, align 8
  %194 = getelementptr inbounds i8, i8* %193, i64 15040
  %195 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %194, i8** %195, align 8
  %196 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_13(i8* %196, i64 0, i64 4)
  %197 = getelementptr inbounds i8*, i8** %0, i64 55
  %198 = load i8*, i8** %197, align 8
  %199 = getelementptr inbounds i8, i8* %198, i64 1152
  %200 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %199, i8** %200, align 8
  %201 = getelementptr inbounds i8*, i8** %0, i64 2
  %202 = load i8*, i8** %201, align 8
  %203 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %202, i8** %203, align 8
  %204 = getelementptr inbounds i8*, i8** %0, i64 55
  %205 = load i8*, i8** %204, align 8
  %206 = getelementptr inbounds i8, i8* %205, i64 11264
  %207 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %206, i8** %207, align 8
  %208 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_14(i8* %208, i64 0, i64 8)
  %209 = getelementptr inbounds i8*, i8** %0, i64 55
  %210 = load i8*, i8** %209, align 8
  %211 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %210, i8** %211, align 8
  %212 = getelementptr inbounds i8*, i8** %0, i64 55
  %213 = load i8*, i8** %212, align 8
  %214 = getelementptr inbounds i8, i8* %213, i64 1152
  %215 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %214, i8** %215, align 8
  %216 = getelementptr inbounds i8*, i8** %0, i64 55
  %217 = load i8*, i8** %216, align 8
  %218 = getelementptr inbounds i8, i8* %217, i64 14336
  %219 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %218, i8** %219, align 8
  %220 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_15(i8* %220, i64 0, i64 32)
  %221 = getelementptr inbounds i8*, i8** %0, i64 55
  %222 = load i8*, i8** %221, align 8
  %223 = getelementptr inbounds i8, i8* %222, i64 5120
  %224 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %223, i8** %224, align 8
  %225 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_16(i8* %225, i64 0, i64 1)
  %226 = getelementptr inbounds i8*, i8** %0, i64 55
  %227 = load i8*, i8** %226, align 8
  %228 = getelementptr inbounds i8, i8* %227, i64 5120
  %229 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %228, i8** %229, align 8
  %230 = getelementptr inbounds i8*, i8** %0, i64 55
  %231 = load i8*, i8** %230, align 8
  %232 = getelementptr inbounds i8, i8* %231, i64 11264
  %233 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %232, i8** %233, align 8
  %234 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_17(i8* %234, i64 0, i64 1)
  %235 = getelementptr inbounds i8*, i8** %0, i64 55
  %236 = load i8*, i8** %235, align 8
  %237 = getelementptr inbounds i8, i8* %236, i64 5120
  %238 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %237, i8** %238, align 8
  %239 = getelementptr inbounds i8*, i8** %0, i64 55
  %240 = load i8*, i8** %239, align 8
  %241 = getelementptr inbounds i8, i8* %240, i64 16384
  %242 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %241, i8** %242, align 8
  %243 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_18(i8* %243, i64 0, i64 32)
  %244 = getelementptr inbounds i8*, i8** %0, i64 55
  %245 = load i8*, i8** %244, align 8
  %246 = getelementptr inbounds i8, i8* %245, i64 5120
  %247 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %246, i8** %247, align 8
  %248 = getelementptr inbounds i8*, i8** %0, i64 6
  %249 = load i8*, i8** %248, align 8
  %250 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %249, i8** %250, align 8
  %251 = getelementptr inbounds i8*, i8** %0, i64 55
  %252 = load i8*, i8** %251, align 8
  %253 = getelementptr inbounds i8, i8* %252, i64 6144
  %254 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %253, i8** %254, align 8
  %255 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_19(i8* %255, i64 0, i64 8)
  %256 = getelementptr inbounds i8*, i8** %0, i64 55
  %257 = load i8*, i8** %256, align 8
  %258 = getelementptr inbounds i8, i8* %257, i64 4096
  %259 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %258, i8** %259, align 8
  %260 = getelementptr inbounds i8*, i8** %0, i64 55
  %261 = load i8*, i8** %260, align 8
  %262 = getelementptr inbounds i8, i8* %261, i64 5120
  %263 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %262, i8** %263, align 8
  %264 = getelementptr inbounds i8*, i8** %0, i64 55
  %265 = load i8*, i8** %264, align 8
  %266 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %265, i8** %266, align 8
  %267 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_20(i8* %267, i64 0, i64 32)
  %268 = getelementptr inbounds i8*, i8** %0, i64 55
  %269 = load i8*, i8** %268, align 8
  %270 = getelementptr inbounds i8, i8* %269, i64 11264
  %271 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %270, i8** %271, align 8
  %272 = getelementptr inbounds i8*, i8** %0, i64 55
  %273 = load i8*, i8** %272, align 8
  %274 = getelementptr inbounds i8, i8* %273, i64 6144
  %275 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %274, i8** %275, align 8
  %276 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_21(i8* %276, i64 0, i64 1)
  %277 = getelementptr inbounds i8*, i8** %0, i64 55
  %278 = load i8*, i8** %277, align 8
  %279 = getelementptr inbounds i8, i8* %278, i64 10240
  %280 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %279, i8** %280, align 8
  %281 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_16(i8* %281, i64 0, i64 1)
  %282 = getelementptr inbounds i8*, i8** %0, i64 55
  %283 = load i8*, i8** %282, align 8
  %284 = getelementptr inbounds i8, i8* %283, i64 10240
  %285 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %284, i8** %285, align 8
  %286 = getelementptr inbounds i8*, i8** %0, i64 55
  %287 = load i8*, i8** %286, align 8
  %288 = getelementptr inbounds i8, i8* %287, i64 11264
  %289 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %288, i8** %289, align 8
  %290 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_17(i8* %290, i64 0, i64 1)
  %291 = getelementptr inbounds i8*, i8** %0, i64 55
  %292 = load i8*, i8** %291, align 8
  %293 = getelementptr inbounds i8, i8* %292, i64 10240
  %294 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %293, i8** %294, align 8
  %295 = getelementptr inbounds i8*, i8** %0, i64 55
  %296 = load i8*, i8** %295, align 8
  %297 = getelementptr inbounds i8, i8* %296, i64 16512
  %298 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %297, i8** %298, align 8
  %299 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_18(i8* %299, i64 0, i64 32)
  %300 = getelementptr inbounds i8*, i8** %0, i64 55
  %301 = load i8*, i8** %300, align 8
  %302 = getelementptr inbounds i8, i8* %301, i64 10240
  %303 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %302, i8** %303, align 8
  %304 = getelementptr inbounds i8*, i8** %0, i64 4
  %305 = load i8*, i8** %304, align 8
  %306 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %305, i8** %306, align 8
  %307 = getelementptr inbounds i8*, i8** %0, i64 55
  %308 = load i8*, i8** %307, align 8
  %309 = getelementptr inbounds i8, i8* %308, i64 12288
  %310 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %309, i8** %310, align 8
  %311 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_19(i8* %311, i64 0, i64 8)
  %312 = getelementptr inbounds i8*, i8** %0, i64 55
  %313 = load i8*, i8** %312, align 8
  %314 = getelementptr inbounds i8, i8* %313, i64 9216
  %315 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %314, i8** %315, align 8
  %316 = getelementptr inbounds i8*, i8** %0, i64 55
  %317 = load i8*, i8** %316, align 8
  %318 = getelementptr inbounds i8, i8* %317, i64 10240
  %319 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %318, i8** %319, align 8
  %320 = getelementptr inbounds i8*, i8** %0, i64 55
  %321 = load i8*, i8** %320, align 8
  %322 = getelementptr inbounds i8, i8* %321, i64 4096
  %323 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %322, i8** %323, align 8
  %324 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_20(i8* %324, i64 0, i64 32)
  %325 = getelementptr inbounds i8*, i8** %0, i64 55
  %326 = load i8*, i8** %325, align 8
  %327 = getelementptr inbounds i8, i8* %326, i64 11264
  %328 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %327, i8** %328, align 8
  %329 = getelementptr inbounds i8*, i8** %0, i64 55
  %330 = load i8*, i8** %329, align 8
  %331 = getelementptr inbounds i8, i8* %330, i64 12288
  %332 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %331, i8** %332, align 8
  %333 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_21(i8* %333, i64 0, i64 1)
  %334 = getelementptr inbounds i8*, i8** %0, i64 55
  %335 = load i8*, i8** %334, align 8
  %336 = getelementptr inbounds i8, i8* %335, i64 8192
  %337 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %336, i8** %337, align 8
  %338 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_16(i8* %338, i64 0, i64 1)
  %339 = getelementptr inbounds i8*, i8** %0, i64 55
  %340 = load i8*, i8** %339, align 8
  %341 = getelementptr inbounds i8, i8* %340, i64 11264
  %342 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %341, i8** %342, align 8
  %343 = getelementptr inbounds i8*, i8** %0, i64 55
  %344 = load i8*, i8** %343, align 8
  %345 = getelementptr inbounds i8, i8* %344, i64 8192
  %346 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %345, i8** %346, align 8
  %347 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_22(i8* %347, i64 0, i64 1)
  %348 = getelementptr inbounds i8*, i8** %0, i64 55
  %349 = load i8*, i8** %348, align 8
  %350 = getelementptr inbounds i8, i8* %349, i64 11264
  %351 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %350, i8** %351, align 8
  %352 = getelementptr inbounds i8*, i8** %0, i64 55
  %353 = load i8*, i8** %352, align 8
  %354 = getelementptr inbounds i8, i8* %353, i64 14848
  %355 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %354, i8** %355, align 8
  %356 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_18(i8* %356, i64 0, i64 32)
  %357 = getelementptr inbounds i8*, i8** %0, i64 25
  %358 = load i8*, i8** %357, align 8
  %359 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %358, i8** %359, align 8
  %360 = getelementptr inbounds i8*, i8** %0, i64 55
  %361 = load i8*, i8** %360, align 8
  %362 = getelementptr inbounds i8, i8* %361, i64 11264
  %363 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %362, i8** %363, align 8
  %364 = getelementptr inbounds i8*, i8** %0, i64 55
  %365 = load i8*, i8** %364, align 8
  %366 = getelementptr inbounds i8, i8* %365, i64 12288
  %367 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %366, i8** %367, align 8
  %368 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_23(i8* %368, i64 0, i64 16)
  %369 = getelementptr inbounds i8*, i8** %0, i64 55
  %370 = load i8*, i8** %369, align 8
  %371 = getelementptr inbounds i8, i8* %370, i64 8192
  %372 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %371, i8** %372, align 8
  %373 = getelementptr inbounds i8*, i8** %0, i64 55
  %374 = load i8*, i8** %373, align 8
  %375 = getelementptr inbounds i8, i8* %374, i64 12288
  %376 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %375, i8** %376, align 8
  %377 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_24(i8* %377, i64 0, i64 1)
  %378 = getelementptr inbounds i8*, i8** %0, i64 55
  %379 = load i8*, i8** %378, align 8
  %380 = getelementptr inbounds i8, i8* %379, i64 8192
  %381 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %380, i8** %381, align 8
  %382 = getelementptr inbounds i8*, i8** %0, i64 55
  %383 = load i8*, i8** %382, align 8
  %384 = getelementptr inbounds i8, i8* %383, i64 15104
  %385 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %384, i8** %385, align 8
  %386 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_25(i8* %386, i64 0, i64 1)
  %387 = getelementptr inbounds i8*, i8** %0, i64 55
  %388 = load i8*, i8** %387, align 8
  %389 = getelementptr inbounds i8, i8* %388, i64 8192
  %390 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %389, i8** %390, align 8
  %391 = getelementptr inbounds i8*, i8** %0, i64 55
  %392 = load i8*, i8** %391, align 8
  %393 = getelementptr inbounds i8, i8* %392, i64 14848
  %394 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %393, i8** %394, align 8
  %395 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_26(i8* %395, i64 0, i64 1)
  %396 = getelementptr inbounds i8*, i8** %0, i64 55
  %397 = load i8*, i8** %396, align 8
  %398 = getelementptr inbounds i8, i8* %397, i64 8192
  %399 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %398, i8** %399, align 8
  %400 = getelementptr inbounds i8*, i8** %0, i64 55
  %401 = load i8*, i8** %400, align 8
  %402 = getelementptr inbounds i8, i8* %401, i64 8320
  %403 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %402, i8** %403, align 8
  %404 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_27(i8* %404, i64 0, i64 1)
  %405 = getelementptr inbounds i8*, i8** %0, i64 55
  %406 = load i8*, i8** %405, align 8
  %407 = getelementptr inbounds i8, i8* %406, i64 15104
  %408 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %407, i8** %408, align 8
  %409 = getelementptr inbounds i8*, i8** %0, i64 55
  %410 = load i8*, i8** %409, align 8
  %411 = getelementptr inbounds i8, i8* %410, i64 8320
  %412 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %411, i8** %412, align 8
  %413 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_28(i8* %413, i64 0, i64 1)
  %414 = getelementptr inbounds i8*, i8** %0, i64 55
  %415 = load i8*, i8** %414, align 8
  %416 = getelementptr inbounds i8, i8* %415, i64 8192
  %417 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %416, i8** %417, align 8
  %418 = getelementptr inbounds i8*, i8** %0, i64 55
  %419 = load i8*, i8** %418, align 8
  %420 = getelementptr inbounds i8, i8* %419, i64 14336
  %421 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %420, i8** %421, align 8
  %422 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_29(i8* %422, i64 0, i64 1)
  %423 = getelementptr inbounds i8*, i8** %0, i64 55
  %424 = load i8*, i8** %423, align 8
  %425 = getelementptr inbounds i8, i8* %424, i64 8192
  %426 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %425, i8** %426, align 8
  %427 = getelementptr inbounds i8*, i8** %0, i64 55
  %428 = load i8*, i8** %427, align 8
  %429 = getelementptr inbounds i8, i8* %428, i64 8704
  %430 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %429, i8** %430, align 8
  %431 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_30(i8* %431, i64 0, i64 1)
  %432 = getelementptr inbounds i8*, i8** %0, i64 55
  %433 = load i8*, i8** %432, align 8
  %434 = getelementptr inbounds i8, i8* %433, i64 15104
  %435 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %434, i8** %435, align 8
  %436 = getelementptr inbounds i8*, i8** %0, i64 55
  %437 = load i8*, i8** %436, align 8
  %438 = getelementptr inbounds i8, i8* %437, i64 8704
  %439 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %438, i8** %439, align 8
  %440 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_28(i8* %440, i64 0, i64 1)
  %441 = getelementptr inbounds i8*, i8** %0, i64 55
  %442 = load i8*, i8** %441, align 8
  %443 = getelementptr inbounds i8, i8* %442, i64 8192
  %444 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %443, i8** %444, align 8
  %445 = getelementptr inbounds i8*, i8** %0, i64 55
  %446 = load i8*, i8** %445, align 8
  %447 = getelementptr inbounds i8, i8* %446, i64 15040
  %448 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %447, i8** %448, align 8
  %449 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_31(i8* %449, i64 0, i64 1)
  %450 = getelementptr inbounds i8*, i8** %0, i64 55
  %451 = load i8*, i8** %450, align 8
  %452 = getelementptr inbounds i8, i8* %451, i64 8192
  %453 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %452, i8** %453, align 8
  %454 = getelementptr inbounds i8*, i8** %0, i64 55
  %455 = load i8*, i8** %454, align 8
  %456 = getelementptr inbounds i8, i8* %455, i64 8256
  %457 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %456, i8** %457, align 8
  %458 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_32(i8* %458, i64 0, i64 1)
  %459 = getelementptr inbounds i8*, i8** %0, i64 55
  %460 = load i8*, i8** %459, align 8
  %461 = getelementptr inbounds i8, i8* %460, i64 15104
  %462 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %461, i8** %462, align 8
  %463 = getelementptr inbounds i8*, i8** %0, i64 55
  %464 = load i8*, i8** %463, align 8
  %465 = getelementptr inbounds i8, i8* %464, i64 8256
  %466 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %465, i8** %466, align 8
  %467 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_28(i8* %467, i64 0, i64 1)
  %468 = getelementptr inbounds i8*, i8** %0, i64 55
  %469 = load i8*, i8** %468, align 8
  %470 = getelementptr inbounds i8, i8* %469, i64 8192
  %471 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %470, i8** %471, align 8
  %472 = getelementptr inbounds i8*, i8** %0, i64 55
  %473 = load i8*, i8** %472, align 8
  %474 = getelementptr inbounds i8, i8* %473, i64 4096
  %475 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %474, i8** %475, align 8
  %476 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %476, i64 0, i64 1)
  %477 = getelementptr inbounds i8*, i8** %0, i64 55
  %478 = load i8*, i8** %477, align 8
  %479 = getelementptr inbounds i8, i8* %478, i64 8192
  %480 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %479, i8** %480, align 8
  %481 = getelementptr inbounds i8*, i8** %0, i64 55
  %482 = load i8*, i8** %481, align 8
  %483 = getelementptr inbounds i8, i8* %482, i64 15168
  %484 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %483, i8** %484, align 8
  %485 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_34(i8* %485, i64 0, i64 1)
  %486 = getelementptr inbounds i8*, i8** %0, i64 55
  %487 = load i8*, i8** %486, align 8
  %488 = getelementptr inbounds i8, i8* %487, i64 15104
  %489 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %488, i8** %489, align 8
  %490 = getelementptr inbounds i8*, i8** %0, i64 55
  %491 = load i8*, i8** %490, align 8
  %492 = getelementptr inbounds i8, i8* %491, i64 15168
  %493 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %492, i8** %493, align 8
  %494 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_28(i8* %494, i64 0, i64 1)
  %495 = getelementptr inbounds i8*, i8** %0, i64 55
  %496 = load i8*, i8** %495, align 8
  %497 = getelementptr inbounds i8, i8* %496, i64 8192
  %498 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %497, i8** %498, align 8
  %499 = getelementptr inbounds i8*, i8** %0, i64 55
  %500 = load i8*, i8** %499, align 8
  %501 = getelementptr inbounds i8, i8* %500, i64 16512
  %502 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %501, i8** %502, align 8
  %503 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_26(i8* %503, i64 0, i64 1)
  %504 = getelementptr inbounds i8*, i8** %0, i64 55
  %505 = load i8*, i8** %504, align 8
  %506 = getelementptr inbounds i8, i8* %505, i64 8192
  %507 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %506, i8** %507, align 8
  %508 = getelementptr inbounds i8*, i8** %0, i64 55
  %509 = load i8*, i8** %508, align 8
  %510 = getelementptr inbounds i8, i8* %509, i64 8320
  %511 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %510, i8** %511, align 8
  %512 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_27(i8* %512, i64 0, i64 1)
  %513 = getelementptr inbounds i8*, i8** %0, i64 55
  %514 = load i8*, i8** %513, align 8
  %515 = getelementptr inbounds i8, i8* %514, i64 15104
  %516 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %515, i8** %516, align 8
  %517 = getelementptr inbounds i8*, i8** %0, i64 55
  %518 = load i8*, i8** %517, align 8
  %519 = getelementptr inbounds i8, i8* %518, i64 8320
  %520 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %519, i8** %520, align 8
  %521 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_28(i8* %521, i64 0, i64 1)
  %522 = getelementptr inbounds i8*, i8** %0, i64 55
  %523 = load i8*, i8** %522, align 8
  %524 = getelementptr inbounds i8, i8* %523, i64 8192
  %525 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %524, i8** %525, align 8
  %526 = getelementptr inbounds i8*, i8** %0, i64 55
  %527 = load i8*, i8** %526, align 8
  %528 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %527, i8** %528, align 8
  %529 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %529, i64 0, i64 1)
  %530 = getelementptr inbounds i8*, i8** %0, i64 55
  %531 = load i8*, i8** %530, align 8
  %532 = getelementptr inbounds i8, i8* %531, i64 8192
  %533 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %532, i8** %533, align 8
  %534 = getelementptr inbounds i8*, i8** %0, i64 55
  %535 = load i8*, i8** %534, align 8
  %536 = getelementptr inbounds i8, i8* %535, i64 15168
  %537 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %536, i8** %537, align 8
  %538 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_34(i8* %538, i64 0, i64 1)
  %539 = getelementptr inbounds i8*, i8** %0, i64 55
  %540 = load i8*, i8** %539, align 8
  %541 = getelementptr inbounds i8, i8* %540, i64 15104
  %542 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %541, i8** %542, align 8
  %543 = getelementptr inbounds i8*, i8** %0, i64 55
  %544 = load i8*, i8** %543, align 8
  %545 = getelementptr inbounds i8, i8* %544, i64 15168
  %546 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %545, i8** %546, align 8
  %547 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_28(i8* %547, i64 0, i64 1)
  %548 = getelementptr inbounds i8*, i8** %0, i64 55
  %549 = load i8*, i8** %548, align 8
  %550 = getelementptr inbounds i8, i8* %549, i64 8192
  %551 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %550, i8** %551, align 8
  %552 = getelementptr inbounds i8*, i8** %0, i64 55
  %553 = load i8*, i8** %552, align 8
  %554 = getelementptr inbounds i8, i8* %553, i64 16384
  %555 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %554, i8** %555, align 8
  %556 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_26(i8* %556, i64 0, i64 1)
  %557 = getelementptr inbounds i8*, i8** %0, i64 55
  %558 = load i8*, i8** %557, align 8
  %559 = getelementptr inbounds i8, i8* %558, i64 8192
  %560 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %559, i8** %560, align 8
  %561 = getelementptr inbounds i8*, i8** %0, i64 55
  %562 = load i8*, i8** %561, align 8
  %563 = getelementptr inbounds i8, i8* %562, i64 8320
  %564 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %563, i8** %564, align 8
  %565 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_27(i8* %565, i64 0, i64 1)
  %566 = getelementptr inbounds i8*, i8** %0, i64 55
  %567 = load i8*, i8** %566, align 8
  %568 = getelementptr inbounds i8, i8* %567, i64 15104
  %569 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %568, i8** %569, align 8
  %570 = getelementptr inbounds i8*, i8** %0, i64 55
  %571 = load i8*, i8** %570, align 8
  %572 = getelementptr inbounds i8, i8* %571, i64 8320
  %573 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %572, i8** %573, align 8
  %574 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_28(i8* %574, i64 0, i64 1)
  %575 = getelementptr inbounds i8*, i8** %0, i64 29
  %576 = load i8*, i8** %575, align 8
  %577 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %576, i8** %577, align 8
  %578 = getelementptr inbounds i8*, i8** %0, i64 55
  %579 = load i8*, i8** %578, align 8
  %580 = getelementptr inbounds i8, i8* %579, i64 15104
  %581 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %580, i8** %581, align 8
  %582 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_35(i8* %582, i64 0, i64 1)
  %583 = getelementptr inbounds i8*, i8** %0, i64 55
  %584 = load i8*, i8** %583, align 8
  %585 = getelementptr inbounds i8, i8* %584, i64 8192
  %586 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %585, i8** %586, align 8
  %587 = getelementptr inbounds i8*, i8** %0, i64 29
  %588 = load i8*, i8** %587, align 8
  %589 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %588, i8** %589, align 8
  %590 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_36(i8* %590, i64 0, i64 1)
  %591 = getelementptr inbounds i8*, i8** %0, i64 55
  %592 = load i8*, i8** %591, align 8
  %593 = getelementptr inbounds i8, i8* %592, i64 8192
  %594 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %593, i8** %594, align 8
  %595 = getelementptr inbounds i8*, i8** %0, i64 55
  %596 = load i8*, i8** %595, align 8
  %597 = getelementptr inbounds i8, i8* %596, i64 14976
  %598 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %597, i8** %598, align 8
  %599 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_37(i8* %599, i64 0, i64 1)
  %600 = getelementptr inbounds i8*, i8** %0, i64 55
  %601 = load i8*, i8** %600, align 8
  %602 = getelementptr inbounds i8, i8* %601, i64 8192
  %603 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %602, i8** %603, align 8
  %604 = getelementptr inbounds i8*, i8** %0, i64 55
  %605 = load i8*, i8** %604, align 8
  %606 = getelementptr inbounds i8, i8* %605, i64 14976
  %607 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %606, i8** %607, align 8
  %608 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_38(i8* %608, i64 0, i64 1)
  %609 = getelementptr inbounds i8*, i8** %0, i64 55
  %610 = load i8*, i8** %609, align 8
  %611 = getelementptr inbounds i8, i8* %610, i64 12288
  %612 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %611, i8** %612, align 8
  %613 = getelementptr inbounds i8*, i8** %0, i64 55
  %614 = load i8*, i8** %613, align 8
  %615 = getelementptr inbounds i8, i8* %614, i64 8192
  %616 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %615, i8** %616, align 8
  %617 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_39(i8* %617, i64 0, i64 1)
  %618 = getelementptr inbounds i8*, i8** %0, i64 55
  %619 = load i8*, i8** %618, align 8
  %620 = getelementptr inbounds i8, i8* %619, i64 14848
  %621 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %620, i8** %621, align 8
  %622 = getelementptr inbounds i8*, i8** %0, i64 55
  %623 = load i8*, i8** %622, align 8
  %624 = getelementptr inbounds i8, i8* %623, i64 8192
  %625 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %624, i8** %625, align 8
  %626 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_40(i8* %626, i64 0, i64 1)
  %627 = getelementptr inbounds i8*, i8** %0, i64 55
  %628 = load i8*, i8** %627, align 8
  %629 = getelementptr inbounds i8, i8* %628, i64 14336
  %630 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %629, i8** %630, align 8
  %631 = getelementptr inbounds i8*, i8** %0, i64 55
  %632 = load i8*, i8** %631, align 8
  %633 = getelementptr inbounds i8, i8* %632, i64 8192
  %634 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %633, i8** %634, align 8
  %635 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_41(i8* %635, i64 0, i64 1)
  %636 = getelementptr inbounds i8*, i8** %0, i64 55
  %637 = load i8*, i8** %636, align 8
  %638 = getelementptr inbounds i8, i8* %637, i64 15040
  %639 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %638, i8** %639, align 8
  %640 = getelementptr inbounds i8*, i8** %0, i64 55
  %641 = load i8*, i8** %640, align 8
  %642 = getelementptr inbounds i8, i8* %641, i64 8192
  %643 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %642, i8** %643, align 8
  %644 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_42(i8* %644, i64 0, i64 1)
  %645 = getelementptr inbounds i8*, i8** %0, i64 55
  %646 = load i8*, i8** %645, align 8
  %647 = getelementptr inbounds i8, i8* %646, i64 4096
  %648 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %647, i8** %648, align 8
  %649 = getelementptr inbounds i8*, i8** %0, i64 55
  %650 = load i8*, i8** %649, align 8
  %651 = getelementptr inbounds i8, i8* %650, i64 8192
  %652 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %651, i8** %652, align 8
  %653 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_43(i8* %653, i64 0, i64 1)
  %654 = getelementptr inbounds i8*, i8** %0, i64 55
  %655 = load i8*, i8** %654, align 8
  %656 = getelementptr inbounds i8, i8* %655, i64 16512
  %657 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %656, i8** %657, align 8
  %658 = getelementptr inbounds i8*, i8** %0, i64 55
  %659 = load i8*, i8** %658, align 8
  %660 = getelementptr inbounds i8, i8* %659, i64 8192
  %661 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %660, i8** %661, align 8
  %662 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_40(i8* %662, i64 0, i64 1)
  %663 = getelementptr inbounds i8*, i8** %0, i64 55
  %664 = load i8*, i8** %663, align 8
  %665 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %664, i8** %665, align 8
  %666 = getelementptr inbounds i8*, i8** %0, i64 55
  %667 = load i8*, i8** %666, align 8
  %668 = getelementptr inbounds i8, i8* %667, i64 8192
  %669 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %668, i8** %669, align 8
  %670 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_43(i8* %670, i64 0, i64 1)
  %671 = getelementptr inbounds i8*, i8** %0, i64 55
  %672 = load i8*, i8** %671, align 8
  %673 = getelementptr inbounds i8, i8* %672, i64 16384
  %674 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %673, i8** %674, align 8
  %675 = getelementptr inbounds i8*, i8** %0, i64 55
  %676 = load i8*, i8** %675, align 8
  %677 = getelementptr inbounds i8, i8* %676, i64 8192
  %678 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %677, i8** %678, align 8
  %679 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_40(i8* %679, i64 0, i64 1)
  %680 = getelementptr inbounds i8*, i8** %0, i64 30
  %681 = load i8*, i8** %680, align 8
  %682 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %681, i8** %682, align 8
  %683 = getelementptr inbounds i8*, i8** %0, i64 8
  %684 = load i8*, i8** %683, align 8
  %685 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %684, i8** %685, align 8
  %686 = getelementptr inbounds i8*, i8** %0, i64 55
  %687 = load i8*, i8** %686, align 8
  %688 = getelementptr inbounds i8, i8* %687, i64 14976
  %689 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %688, i8** %689, align 8
  %690 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_44(i8* %690, i64 0, i64 1)
  %691 = getelementptr inbounds i8*, i8** %0, i64 55
  %692 = load i8*, i8** %691, align 8
  %693 = getelementptr inbounds i8, i8* %692, i64 15104
  %694 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %693, i8** %694, align 8
  %695 = getelementptr inbounds i8*, i8** %0, i64 30
  %696 = load i8*, i8** %695, align 8
  %697 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %696, i8** %697, align 8
  %698 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_45(i8* %698, i64 0, i64 1)
  %699 = getelementptr inbounds i8*, i8** %0, i64 55
  %700 = load i8*, i8** %699, align 8
  %701 = getelementptr inbounds i8, i8* %700, i64 15104
  %702 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %701, i8** %702, align 8
  %703 = getelementptr inbounds i8*, i8** %0, i64 55
  %704 = load i8*, i8** %703, align 8
  %705 = getelementptr inbounds i8, i8* %704, i64 14976
  %706 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %705, i8** %706, align 8
  %707 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_46(i8* %707, i64 0, i64 1)
  %708 = getelementptr inbounds i8*, i8** %0, i64 55
  %709 = load i8*, i8** %708, align 8
  %710 = getelementptr inbounds i8, i8* %709, i64 16640
  %711 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %710, i8** %711, align 8
  %712 = getelementptr inbounds i8*, i8** %0, i64 30
  %713 = load i8*, i8** %712, align 8
  %714 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %713, i8** %714, align 8
  %715 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_47(i8* %715, i64 0, i64 1)
  %716 = getelementptr inbounds i8*, i8** %0, i64 55
  %717 = load i8*, i8** %716, align 8
  %718 = getelementptr inbounds i8, i8* %717, i64 16640
  %719 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %718, i8** %719, align 8
  %720 = getelementptr inbounds i8*, i8** %0, i64 55
  %721 = load i8*, i8** %720, align 8
  %722 = getelementptr inbounds i8, i8* %721, i64 14976
  %723 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %722, i8** %723, align 8
  %724 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_46(i8* %724, i64 0, i64 1)
  %725 = getelementptr inbounds i8*, i8** %0, i64 55
  %726 = load i8*, i8** %725, align 8
  %727 = getelementptr inbounds i8, i8* %726, i64 16640
  %728 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %727, i8** %728, align 8
  %729 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_48(i8* %729, i64 0, i64 1)
  %730 = getelementptr inbounds i8*, i8** %0, i64 55
  %731 = load i8*, i8** %730, align 8
  %732 = getelementptr inbounds i8, i8* %731, i64 16704
  %733 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %732, i8** %733, align 8
  %734 = getelementptr inbounds i8*, i8** %0, i64 27
  %735 = load i8*, i8** %734, align 8
  %736 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %735, i8** %736, align 8
  %737 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_49(i8* %737, i64 0, i64 1)
  %738 = getelementptr inbounds i8*, i8** %0, i64 55
  %739 = load i8*, i8** %738, align 8
  %740 = getelementptr inbounds i8, i8* %739, i64 8192
  %741 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %740, i8** %741, align 8
  %742 = getelementptr inbounds i8*, i8** %0, i64 9
  %743 = load i8*, i8** %742, align 8
  %744 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %743, i8** %744, align 8
  %745 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_50(i8* %745, i64 0, i64 1)
  %746 = getelementptr inbounds i8*, i8** %0, i64 55
  %747 = load i8*, i8** %746, align 8
  %748 = getelementptr inbounds i8, i8* %747, i64 10240
  %749 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %748, i8** %749, align 8
  %750 = getelementptr inbounds i8*, i8** %0, i64 55
  %751 = load i8*, i8** %750, align 8
  %752 = getelementptr inbounds i8, i8* %751, i64 12288
  %753 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %752, i8** %753, align 8
  %754 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_51(i8* %754, i64 0, i64 1)
  %755 = getelementptr inbounds i8*, i8** %0, i64 32
  %756 = load i8*, i8** %755, align 8
  %757 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %756, i8** %757, align 8
  %758 = getelementptr inbounds i8*, i8** %0, i64 55
  %759 = load i8*, i8** %758, align 8
  %760 = getelementptr inbounds i8, i8* %759, i64 8192
  %761 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %760, i8** %761, align 8
  %762 = getelementptr inbounds i8*, i8** %0, i64 55
  %763 = load i8*, i8** %762, align 8
  %764 = getelementptr inbounds i8, i8* %763, i64 10240
  %765 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %764, i8** %765, align 8
  %766 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_52(i8* %766, i64 0, i64 1)
  %767 = getelementptr inbounds i8*, i8** %0, i64 55
  %768 = load i8*, i8** %767, align 8
  %769 = getelementptr inbounds i8, i8* %768, i64 8192
  %770 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %769, i8** %770, align 8
  %771 = getelementptr inbounds i8*, i8** %0, i64 10
  %772 = load i8*, i8** %771, align 8
  %773 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %772, i8** %773, align 8
  %774 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_53(i8* %774, i64 0, i64 1)
  %775 = getelementptr inbounds i8*, i8** %0, i64 55
  %776 = load i8*, i8** %775, align 8
  %777 = getelementptr inbounds i8, i8* %776, i64 12288
  %778 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %777, i8** %778, align 8
  %779 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_54(i8* %779, i64 0, i64 1)
  %780 = getelementptr inbounds i8*, i8** %0, i64 55
  %781 = load i8*, i8** %780, align 8
  %782 = getelementptr inbounds i8, i8* %781, i64 12288
  %783 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %782, i8** %783, align 8
  %784 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_55(i8* %784, i64 0, i64 1)
  %785 = getelementptr inbounds i8*, i8** %0, i64 33
  %786 = load i8*, i8** %785, align 8
  %787 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %786, i8** %787, align 8
  %788 = getelementptr inbounds i8*, i8** %0, i64 55
  %789 = load i8*, i8** %788, align 8
  %790 = getelementptr inbounds i8, i8* %789, i64 8192
  %791 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %790, i8** %791, align 8
  %792 = getelementptr inbounds i8*, i8** %0, i64 55
  %793 = load i8*, i8** %792, align 8
  %794 = getelementptr inbounds i8, i8* %793, i64 12288
  %795 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %794, i8** %795, align 8
  %796 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_52(i8* %796, i64 0, i64 1)
  %797 = getelementptr inbounds i8*, i8** %0, i64 55
  %798 = load i8*, i8** %797, align 8
  %799 = getelementptr inbounds i8, i8* %798, i64 16768
  %800 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %799, i8** %800, align 8
  %801 = getelementptr inbounds i8*, i8** %0, i64 55
  %802 = load i8*, i8** %801, align 8
  %803 = getelementptr inbounds i8, i8* %802, i64 16704
  %804 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %803, i8** %804, align 8
  %805 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_56(i8* %805, i64 0, i64 1)
  %806 = getelementptr inbounds i8*, i8** %0, i64 55
  %807 = load i8*, i8** %806, align 8
  %808 = getelementptr inbounds i8, i8* %807, i64 16768
  %809 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %808, i8** %809, align 8
  %810 = getelementptr inbounds i8*, i8** %0, i64 55
  %811 = load i8*, i8** %810, align 8
  %812 = getelementptr inbounds i8, i8* %811, i64 14976
  %813 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %812, i8** %813, align 8
  %814 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_46(i8* %814, i64 0, i64 1)
  %815 = getelementptr inbounds i8*, i8** %0, i64 55
  %816 = load i8*, i8** %815, align 8
  %817 = getelementptr inbounds i8, i8* %816, i64 8192
  %818 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %817, i8** %818, align 8
  %819 = getelementptr inbounds i8*, i8** %0, i64 0
  %820 = load i8*, i8** %819, align 8
  %821 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %820, i8** %821, align 8
  %822 = getelementptr inbounds i8*, i8** %0, i64 55
  %823 = load i8*, i8** %822, align 8
  %824 = getelementptr inbounds i8, i8* %823, i64 16768
  %825 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %824, i8** %825, align 8
  %826 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_57(i8* %826, i64 0, i64 1)
  %827 = getelementptr inbounds i8*, i8** %0, i64 55
  %828 = load i8*, i8** %827, align 8
  %829 = getelementptr inbounds i8, i8* %828, i64 10240
  %830 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %829, i8** %830, align 8
  %831 = getelementptr inbounds i8*, i8** %0, i64 33
  %832 = load i8*, i8** %831, align 8
  %833 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %832, i8** %833, align 8
  %834 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_58(i8* %834, i64 0, i64 1)
  %835 = getelementptr inbounds i8*, i8** %0, i64 55
  %836 = load i8*, i8** %835, align 8
  %837 = getelementptr inbounds i8, i8* %836, i64 10240
  %838 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %837, i8** %838, align 8
  %839 = getelementptr inbounds i8*, i8** %0, i64 55
  %840 = load i8*, i8** %839, align 8
  %841 = getelementptr inbounds i8, i8* %840, i64 16640
  %842 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %841, i8** %842, align 8
  %843 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_59(i8* %843, i64 0, i64 1)
  %844 = getelementptr inbounds i8*, i8** %0, i64 55
  %845 = load i8*, i8** %844, align 8
  %846 = getelementptr inbounds i8, i8* %845, i64 10240
  %847 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %846, i8** %847, align 8
  %848 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_60(i8* %848, i64 0, i64 1)
  %849 = getelementptr inbounds i8*, i8** %0, i64 55
  %850 = load i8*, i8** %849, align 8
  %851 = getelementptr inbounds i8, i8* %850, i64 16704
  %852 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %851, i8** %852, align 8
  %853 = getelementptr inbounds i8*, i8** %0, i64 55
  %854 = load i8*, i8** %853, align 8
  %855 = getelementptr inbounds i8, i8* %854, i64 15104
  %856 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %855, i8** %856, align 8
  %857 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_61(i8* %857, i64 0, i64 1)
  %858 = getelementptr inbounds i8*, i8** %0, i64 55
  %859 = load i8*, i8** %858, align 8
  %860 = getelementptr inbounds i8, i8* %859, i64 10240
  %861 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %860, i8** %861, align 8
  %862 = getelementptr inbounds i8*, i8** %0, i64 32
  %863 = load i8*, i8** %862, align 8
  %864 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %863, i8** %864, align 8
  %865 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_62(i8* %865, i64 0, i64 1)
  %866 = getelementptr inbounds i8*, i8** %0, i64 55
  %867 = load i8*, i8** %866, align 8
  %868 = getelementptr inbounds i8, i8* %867, i64 10240
  %869 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %868, i8** %869, align 8
  %870 = getelementptr inbounds i8*, i8** %0, i64 55
  %871 = load i8*, i8** %870, align 8
  %872 = getelementptr inbounds i8, i8* %871, i64 16704
  %873 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %872, i8** %873, align 8
  %874 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_63(i8* %874, i64 0, i64 1)
  %875 = getelementptr inbounds i8*, i8** %0, i64 31
  %876 = load i8*, i8** %875, align 8
  %877 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %876, i8** %877, align 8
  %878 = getelementptr inbounds i8*, i8** %0, i64 55
  %879 = load i8*, i8** %878, align 8
  %880 = getelementptr inbounds i8, i8* %879, i64 8192
  %881 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %880, i8** %881, align 8
  %882 = getelementptr inbounds i8*, i8** %0, i64 55
  %883 = load i8*, i8** %882, align 8
  %884 = getelementptr inbounds i8, i8* %883, i64 10240
  %885 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %884, i8** %885, align 8
  %886 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_64(i8* %886, i64 0, i64 1)
  %887 = getelementptr inbounds i8*, i8** %0, i64 55
  %888 = load i8*, i8** %887, align 8
  %889 = getelementptr inbounds i8, i8* %888, i64 8192
  %890 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %889, i8** %890, align 8
  %891 = getelementptr inbounds i8*, i8** %0, i64 11
  %892 = load i8*, i8** %891, align 8
  %893 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %892, i8** %893, align 8
  %894 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_65(i8* %894, i64 0, i64 1)
  %895 = getelementptr inbounds i8*, i8** %0, i64 55
  %896 = load i8*, i8** %895, align 8
  %897 = getelementptr inbounds i8, i8* %896, i64 8320
  %898 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %897, i8** %898, align 8
  %899 = getelementptr inbounds i8*, i8** %0, i64 55
  %900 = load i8*, i8** %899, align 8
  %901 = getelementptr inbounds i8, i8* %900, i64 14848
  %902 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %901, i8** %902, align 8
  %903 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_66(i8* %903, i64 0, i64 1)
  %904 = getelementptr inbounds i8*, i8** %0, i64 35
  %905 = load i8*, i8** %904, align 8
  %906 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %905, i8** %906, align 8
  %907 = getelementptr inbounds i8*, i8** %0, i64 55
  %908 = load i8*, i8** %907, align 8
  %909 = getelementptr inbounds i8, i8* %908, i64 8192
  %910 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %909, i8** %910, align 8
  %911 = getelementptr inbounds i8*, i8** %0, i64 55
  %912 = load i8*, i8** %911, align 8
  %913 = getelementptr inbounds i8, i8* %912, i64 8320
  %914 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %913, i8** %914, align 8
  %915 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_67(i8* %915, i64 0, i64 1)
  %916 = getelementptr inbounds i8*, i8** %0, i64 55
  %917 = load i8*, i8** %916, align 8
  %918 = getelementptr inbounds i8, i8* %917, i64 8192
  %919 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %918, i8** %919, align 8
  %920 = getelementptr inbounds i8*, i8** %0, i64 12
  %921 = load i8*, i8** %920, align 8
  %922 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %921, i8** %922, align 8
  %923 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_68(i8* %923, i64 0, i64 1)
  %924 = getelementptr inbounds i8*, i8** %0, i64 55
  %925 = load i8*, i8** %924, align 8
  %926 = getelementptr inbounds i8, i8* %925, i64 14848
  %927 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %926, i8** %927, align 8
  %928 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_69(i8* %928, i64 0, i64 1)
  %929 = getelementptr inbounds i8*, i8** %0, i64 55
  %930 = load i8*, i8** %929, align 8
  %931 = getelementptr inbounds i8, i8* %930, i64 14848
  %932 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %931, i8** %932, align 8
  %933 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_70(i8* %933, i64 0, i64 1)
  %934 = getelementptr inbounds i8*, i8** %0, i64 36
  %935 = load i8*, i8** %934, align 8
  %936 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %935, i8** %936, align 8
  %937 = getelementptr inbounds i8*, i8** %0, i64 55
  %938 = load i8*, i8** %937, align 8
  %939 = getelementptr inbounds i8, i8* %938, i64 8192
  %940 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %939, i8** %940, align 8
  %941 = getelementptr inbounds i8*, i8** %0, i64 55
  %942 = load i8*, i8** %941, align 8
  %943 = getelementptr inbounds i8, i8* %942, i64 14848
  %944 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %943, i8** %944, align 8
  %945 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_67(i8* %945, i64 0, i64 1)
  %946 = getelementptr inbounds i8*, i8** %0, i64 55
  %947 = load i8*, i8** %946, align 8
  %948 = getelementptr inbounds i8, i8* %947, i64 8192
  %949 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %948, i8** %949, align 8
  %950 = getelementptr inbounds i8*, i8** %0, i64 1
  %951 = load i8*, i8** %950, align 8
  %952 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %951, i8** %952, align 8
  %953 = getelementptr inbounds i8*, i8** %0, i64 55
  %954 = load i8*, i8** %953, align 8
  %955 = getelementptr inbounds i8, i8* %954, i64 16768
  %956 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %955, i8** %956, align 8
  %957 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_71(i8* %957, i64 0, i64 1)
  %958 = getelementptr inbounds i8*, i8** %0, i64 55
  %959 = load i8*, i8** %958, align 8
  %960 = getelementptr inbounds i8, i8* %959, i64 8320
  %961 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %960, i8** %961, align 8
  %962 = getelementptr inbounds i8*, i8** %0, i64 36
  %963 = load i8*, i8** %962, align 8
  %964 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %963, i8** %964, align 8
  %965 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_72(i8* %965, i64 0, i64 1)
  %966 = getelementptr inbounds i8*, i8** %0, i64 55
  %967 = load i8*, i8** %966, align 8
  %968 = getelementptr inbounds i8, i8* %967, i64 8320
  %969 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %968, i8** %969, align 8
  %970 = getelementptr inbounds i8*, i8** %0, i64 55
  %971 = load i8*, i8** %970, align 8
  %972 = getelementptr inbounds i8, i8* %971, i64 16640
  %973 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %972, i8** %973, align 8
  %974 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_73(i8* %974, i64 0, i64 1)
  %975 = getelementptr inbounds i8*, i8** %0, i64 55
  %976 = load i8*, i8** %975, align 8
  %977 = getelementptr inbounds i8, i8* %976, i64 8320
  %978 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %977, i8** %978, align 8
  %979 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_74(i8* %979, i64 0, i64 1)
  %980 = getelementptr inbounds i8*, i8** %0, i64 55
  %981 = load i8*, i8** %980, align 8
  %982 = getelementptr inbounds i8, i8* %981, i64 8320
  %983 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %982, i8** %983, align 8
  %984 = getelementptr inbounds i8*, i8** %0, i64 35
  %985 = load i8*, i8** %984, align 8
  %986 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %985, i8** %986, align 8
  %987 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_75(i8* %987, i64 0, i64 1)
  %988 = getelementptr inbounds i8*, i8** %0, i64 55
  %989 = load i8*, i8** %988, align 8
  %990 = getelementptr inbounds i8, i8* %989, i64 8320
  %991 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %990, i8** %991, align 8
  %992 = getelementptr inbounds i8*, i8** %0, i64 55
  %993 = load i8*, i8** %992, align 8
  %994 = getelementptr inbounds i8, i8* %993, i64 16704
  %995 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %994, i8** %995, align 8
  %996 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_76(i8* %996, i64 0, i64 1)
  %997 = getelementptr inbounds i8*, i8** %0, i64 34
  %998 = load i8*, i8** %997, align 8
  %999 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %998, i8** %999, align 8
  %1000 = getelementptr inbounds i8*, i8** %0, i64 55
  %1001 = load i8*, i8** %1000, align 8
  %1002 = getelementptr inbounds i8, i8* %1001, i64 8192
  %1003 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1002, i8** %1003, align 8
  %1004 = getelementptr inbounds i8*, i8** %0, i64 55
  %1005 = load i8*, i8** %1004, align 8
  %1006 = getelementptr inbounds i8, i8* %1005, i64 8320
  %1007 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1006, i8** %1007, align 8
  %1008 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_77(i8* %1008, i64 0, i64 1)
  %1009 = getelementptr inbounds i8*, i8** %0, i64 55
  %1010 = load i8*, i8** %1009, align 8
  %1011 = getelementptr inbounds i8, i8* %1010, i64 8192
  %1012 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1011, i8** %1012, align 8
  %1013 = getelementptr inbounds i8*, i8** %0, i64 13
  %1014 = load i8*, i8** %1013, align 8
  %1015 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1014, i8** %1015, align 8
  %1016 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_78(i8* %1016, i64 0, i64 1)
  %1017 = getelementptr inbounds i8*, i8** %0, i64 55
  %1018 = load i8*, i8** %1017, align 8
  %1019 = getelementptr inbounds i8, i8* %1018, i64 8704
  %1020 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1019, i8** %1020, align 8
  %1021 = getelementptr inbounds i8*, i8** %0, i64 55
  %1022 = load i8*, i8** %1021, align 8
  %1023 = getelementptr inbounds i8, i8* %1022, i64 14336
  %1024 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1023, i8** %1024, align 8
  %1025 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_79(i8* %1025, i64 0, i64 1)
  %1026 = getelementptr inbounds i8*, i8** %0, i64 38
  %1027 = load i8*, i8** %1026, align 8
  %1028 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1027, i8** %1028, align 8
  %1029 = getelementptr inbounds i8*, i8** %0, i64 55
  %1030 = load i8*, i8** %1029, align 8
  %1031 = getelementptr inbounds i8, i8* %1030, i64 8192
  %1032 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1031, i8** %1032, align 8
  %1033 = getelementptr inbounds i8*, i8** %0, i64 55
  %1034 = load i8*, i8** %1033, align 8
  %1035 = getelementptr inbounds i8, i8* %1034, i64 8704
  %1036 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1035, i8** %1036, align 8
  %1037 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_80(i8* %1037, i64 0, i64 1)
  %1038 = getelementptr inbounds i8*, i8** %0, i64 55
  %1039 = load i8*, i8** %1038, align 8
  %1040 = getelementptr inbounds i8, i8* %1039, i64 8192
  %1041 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1040, i8** %1041, align 8
  %1042 = getelementptr inbounds i8*, i8** %0, i64 14
  %1043 = load i8*, i8** %1042, align 8
  %1044 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1043, i8** %1044, align 8
  %1045 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_81(i8* %1045, i64 0, i64 1)
  %1046 = getelementptr inbounds i8*, i8** %0, i64 55
  %1047 = load i8*, i8** %1046, align 8
  %1048 = getelementptr inbounds i8, i8* %1047, i64 14336
  %1049 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1048, i8** %1049, align 8
  %1050 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_82(i8* %1050, i64 0, i64 1)
  %1051 = getelementptr inbounds i8*, i8** %0, i64 55
  %1052 = load i8*, i8** %1051, align 8
  %1053 = getelementptr inbounds i8, i8* %1052, i64 14336
  %1054 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1053, i8** %1054, align 8
  %1055 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_83(i8* %1055, i64 0, i64 1)
  %1056 = getelementptr inbounds i8*, i8** %0, i64 39
  %1057 = load i8*, i8** %1056, align 8
  %1058 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1057, i8** %1058, align 8
  %1059 = getelementptr inbounds i8*, i8** %0, i64 55
  %1060 = load i8*, i8** %1059, align 8
  %1061 = getelementptr inbounds i8, i8* %1060, i64 8192
  %1062 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1061, i8** %1062, align 8
  %1063 = getelementptr inbounds i8*, i8** %0, i64 55
  %1064 = load i8*, i8** %1063, align 8
  %1065 = getelementptr inbounds i8, i8* %1064, i64 14336
  %1066 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1065, i8** %1066, align 8
  %1067 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_80(i8* %1067, i64 0, i64 1)
  %1068 = getelementptr inbounds i8*, i8** %0, i64 55
  %1069 = load i8*, i8** %1068, align 8
  %1070 = getelementptr inbounds i8, i8* %1069, i64 8192
  %1071 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1070, i8** %1071, align 8
  %1072 = getelementptr inbounds i8*, i8** %0, i64 2
  %1073 = load i8*, i8** %1072, align 8
  %1074 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1073, i8** %1074, align 8
  %1075 = getelementptr inbounds i8*, i8** %0, i64 55
  %1076 = load i8*, i8** %1075, align 8
  %1077 = getelementptr inbounds i8, i8* %1076, i64 16768
  %1078 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1077, i8** %1078, align 8
  %1079 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_84(i8* %1079, i64 0, i64 1)
  %1080 = getelementptr inbounds i8*, i8** %0, i64 55
  %1081 = load i8*, i8** %1080, align 8
  %1082 = getelementptr inbounds i8, i8* %1081, i64 8704
  %1083 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1082, i8** %1083, align 8
  %1084 = getelementptr inbounds i8*, i8** %0, i64 39
  %1085 = load i8*, i8** %1084, align 8
  %1086 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1085, i8** %1086, align 8
  %1087 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_85(i8* %1087, i64 0, i64 1)
  %1088 = getelementptr inbounds i8*, i8** %0, i64 55
  %1089 = load i8*, i8** %1088, align 8
  %1090 = getelementptr inbounds i8, i8* %1089, i64 8704
  %1091 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1090, i8** %1091, align 8
  %1092 = getelementptr inbounds i8*, i8** %0, i64 55
  %1093 = load i8*, i8** %1092, align 8
  %1094 = getelementptr inbounds i8, i8* %1093, i64 16640
  %1095 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1094, i8** %1095, align 8
  %1096 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_86(i8* %1096, i64 0, i64 1)
  %1097 = getelementptr inbounds i8*, i8** %0, i64 55
  %1098 = load i8*, i8** %1097, align 8
  %1099 = getelementptr inbounds i8, i8* %1098, i64 8704
  %1100 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1099, i8** %1100, align 8
  %1101 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_87(i8* %1101, i64 0, i64 1)
  %1102 = getelementptr inbounds i8*, i8** %0, i64 55
  %1103 = load i8*, i8** %1102, align 8
  %1104 = getelementptr inbounds i8, i8* %1103, i64 8704
  %1105 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1104, i8** %1105, align 8
  %1106 = getelementptr inbounds i8*, i8** %0, i64 38
  %1107 = load i8*, i8** %1106, align 8
  %1108 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1107, i8** %1108, align 8
  %1109 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_88(i8* %1109, i64 0, i64 1)
  %1110 = getelementptr inbounds i8*, i8** %0, i64 55
  %1111 = load i8*, i8** %1110, align 8
  %1112 = getelementptr inbounds i8, i8* %1111, i64 8704
  %1113 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1112, i8** %1113, align 8
  %1114 = getelementptr inbounds i8*, i8** %0, i64 55
  %1115 = load i8*, i8** %1114, align 8
  %1116 = getelementptr inbounds i8, i8* %1115, i64 16704
  %1117 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1116, i8** %1117, align 8
  %1118 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_89(i8* %1118, i64 0, i64 1)
  %1119 = getelementptr inbounds i8*, i8** %0, i64 37
  %1120 = load i8*, i8** %1119, align 8
  %1121 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1120, i8** %1121, align 8
  %1122 = getelementptr inbounds i8*, i8** %0, i64 55
  %1123 = load i8*, i8** %1122, align 8
  %1124 = getelementptr inbounds i8, i8* %1123, i64 8192
  %1125 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1124, i8** %1125, align 8
  %1126 = getelementptr inbounds i8*, i8** %0, i64 55
  %1127 = load i8*, i8** %1126, align 8
  %1128 = getelementptr inbounds i8, i8* %1127, i64 8704
  %1129 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1128, i8** %1129, align 8
  %1130 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_90(i8* %1130, i64 0, i64 1)
  %1131 = getelementptr inbounds i8*, i8** %0, i64 55
  %1132 = load i8*, i8** %1131, align 8
  %1133 = getelementptr inbounds i8, i8* %1132, i64 8192
  %1134 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1133, i8** %1134, align 8
  %1135 = getelementptr inbounds i8*, i8** %0, i64 15
  %1136 = load i8*, i8** %1135, align 8
  %1137 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1136, i8** %1137, align 8
  %1138 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_91(i8* %1138, i64 0, i64 1)
  %1139 = getelementptr inbounds i8*, i8** %0, i64 55
  %1140 = load i8*, i8** %1139, align 8
  %1141 = getelementptr inbounds i8, i8* %1140, i64 8256
  %1142 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1141, i8** %1142, align 8
  %1143 = getelementptr inbounds i8*, i8** %0, i64 55
  %1144 = load i8*, i8** %1143, align 8
  %1145 = getelementptr inbounds i8, i8* %1144, i64 15040
  %1146 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1145, i8** %1146, align 8
  %1147 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_92(i8* %1147, i64 0, i64 1)
  %1148 = getelementptr inbounds i8*, i8** %0, i64 41
  %1149 = load i8*, i8** %1148, align 8
  %1150 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1149, i8** %1150, align 8
  %1151 = getelementptr inbounds i8*, i8** %0, i64 55
  %1152 = load i8*, i8** %1151, align 8
  %1153 = getelementptr inbounds i8, i8* %1152, i64 8192
  %1154 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1153, i8** %1154, align 8
  %1155 = getelementptr inbounds i8*, i8** %0, i64 55
  %1156 = load i8*, i8** %1155, align 8
  %1157 = getelementptr inbounds i8, i8* %1156, i64 8256
  %1158 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1157, i8** %1158, align 8
  %1159 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_93(i8* %1159, i64 0, i64 1)
  %1160 = getelementptr inbounds i8*, i8** %0, i64 55
  %1161 = load i8*, i8** %1160, align 8
  %1162 = getelementptr inbounds i8, i8* %1161, i64 8192
  %1163 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1162, i8** %1163, align 8
  %1164 = getelementptr inbounds i8*, i8** %0, i64 16
  %1165 = load i8*, i8** %1164, align 8
  %1166 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1165, i8** %1166, align 8
  %1167 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_94(i8* %1167, i64 0, i64 1)
  %1168 = getelementptr inbounds i8*, i8** %0, i64 55
  %1169 = load i8*, i8** %1168, align 8
  %1170 = getelementptr inbounds i8, i8* %1169, i64 15040
  %1171 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1170, i8** %1171, align 8
  %1172 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_95(i8* %1172, i64 0, i64 1)
  %1173 = getelementptr inbounds i8*, i8** %0, i64 55
  %1174 = load i8*, i8** %1173, align 8
  %1175 = getelementptr inbounds i8, i8* %1174, i64 15040
  %1176 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1175, i8** %1176, align 8
  %1177 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_96(i8* %1177, i64 0, i64 1)
  %1178 = getelementptr inbounds i8*, i8** %0, i64 42
  %1179 = load i8*, i8** %1178, align 8
  %1180 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1179, i8** %1180, align 8
  %1181 = getelementptr inbounds i8*, i8** %0, i64 55
  %1182 = load i8*, i8** %1181, align 8
  %1183 = getelementptr inbounds i8, i8* %1182, i64 8192
  %1184 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1183, i8** %1184, align 8
  %1185 = getelementptr inbounds i8*, i8** %0, i64 55
  %1186 = load i8*, i8** %1185, align 8
  %1187 = getelementptr inbounds i8, i8* %1186, i64 15040
  %1188 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1187, i8** %1188, align 8
  %1189 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_93(i8* %1189, i64 0, i64 1)
  %1190 = getelementptr inbounds i8*, i8** %0, i64 55
  %1191 = load i8*, i8** %1190, align 8
  %1192 = getelementptr inbounds i8, i8* %1191, i64 8192
  %1193 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1192, i8** %1193, align 8
  %1194 = getelementptr inbounds i8*, i8** %0, i64 3
  %1195 = load i8*, i8** %1194, align 8
  %1196 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1195, i8** %1196, align 8
  %1197 = getelementptr inbounds i8*, i8** %0, i64 55
  %1198 = load i8*, i8** %1197, align 8
  %1199 = getelementptr inbounds i8, i8* %1198, i64 16768
  %1200 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1199, i8** %1200, align 8
  %1201 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_97(i8* %1201, i64 0, i64 1)
  %1202 = getelementptr inbounds i8*, i8** %0, i64 55
  %1203 = load i8*, i8** %1202, align 8
  %1204 = getelementptr inbounds i8, i8* %1203, i64 8256
  %1205 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1204, i8** %1205, align 8
  %1206 = getelementptr inbounds i8*, i8** %0, i64 42
  %1207 = load i8*, i8** %1206, align 8
  %1208 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1207, i8** %1208, align 8
  %1209 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_98(i8* %1209, i64 0, i64 1)
  %1210 = getelementptr inbounds i8*, i8** %0, i64 55
  %1211 = load i8*, i8** %1210, align 8
  %1212 = getelementptr inbounds i8, i8* %1211, i64 8256
  %1213 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1212, i8** %1213, align 8
  %1214 = getelementptr inbounds i8*, i8** %0, i64 55
  %1215 = load i8*, i8** %1214, align 8
  %1216 = getelementptr inbounds i8, i8* %1215, i64 16640
  %1217 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1216, i8** %1217, align 8
  %1218 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_99(i8* %1218, i64 0, i64 1)
  %1219 = getelementptr inbounds i8*, i8** %0, i64 55
  %1220 = load i8*, i8** %1219, align 8
  %1221 = getelementptr inbounds i8, i8* %1220, i64 8256
  %1222 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1221, i8** %1222, align 8
  %1223 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_100(i8* %1223, i64 0, i64 1)
  %1224 = getelementptr inbounds i8*, i8** %0, i64 55
  %1225 = load i8*, i8** %1224, align 8
  %1226 = getelementptr inbounds i8, i8* %1225, i64 8256
  %1227 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1226, i8** %1227, align 8
  %1228 = getelementptr inbounds i8*, i8** %0, i64 41
  %1229 = load i8*, i8** %1228, align 8
  %1230 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1229, i8** %1230, align 8
  %1231 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_101(i8* %1231, i64 0, i64 1)
  %1232 = getelementptr inbounds i8*, i8** %0, i64 55
  %1233 = load i8*, i8** %1232, align 8
  %1234 = getelementptr inbounds i8, i8* %1233, i64 8256
  %1235 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1234, i8** %1235, align 8
  %1236 = getelementptr inbounds i8*, i8** %0, i64 55
  %1237 = load i8*, i8** %1236, align 8
  %1238 = getelementptr inbounds i8, i8* %1237, i64 16704
  %1239 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1238, i8** %1239, align 8
  %1240 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_102(i8* %1240, i64 0, i64 1)
  %1241 = getelementptr inbounds i8*, i8** %0, i64 40
  %1242 = load i8*, i8** %1241, align 8
  %1243 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1242, i8** %1243, align 8
  %1244 = getelementptr inbounds i8*, i8** %0, i64 55
  %1245 = load i8*, i8** %1244, align 8
  %1246 = getelementptr inbounds i8, i8* %1245, i64 8192
  %1247 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1246, i8** %1247, align 8
  %1248 = getelementptr inbounds i8*, i8** %0, i64 55
  %1249 = load i8*, i8** %1248, align 8
  %1250 = getelementptr inbounds i8, i8* %1249, i64 8256
  %1251 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1250, i8** %1251, align 8
  %1252 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_103(i8* %1252, i64 0, i64 1)
  %1253 = getelementptr inbounds i8*, i8** %0, i64 55
  %1254 = load i8*, i8** %1253, align 8
  %1255 = getelementptr inbounds i8, i8* %1254, i64 8192
  %1256 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1255, i8** %1256, align 8
  %1257 = getelementptr inbounds i8*, i8** %0, i64 17
  %1258 = load i8*, i8** %1257, align 8
  %1259 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1258, i8** %1259, align 8
  %1260 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_104(i8* %1260, i64 0, i64 1)
  %1261 = getelementptr inbounds i8*, i8** %0, i64 55
  %1262 = load i8*, i8** %1261, align 8
  %1263 = getelementptr inbounds i8, i8* %1262, i64 12288
  %1264 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1263, i8** %1264, align 8
  %1265 = getelementptr inbounds i8*, i8** %0, i64 55
  %1266 = load i8*, i8** %1265, align 8
  %1267 = getelementptr inbounds i8, i8* %1266, i64 4096
  %1268 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1267, i8** %1268, align 8
  %1269 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_105(i8* %1269, i64 0, i64 1)
  %1270 = getelementptr inbounds i8*, i8** %0, i64 44
  %1271 = load i8*, i8** %1270, align 8
  %1272 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1271, i8** %1272, align 8
  %1273 = getelementptr inbounds i8*, i8** %0, i64 55
  %1274 = load i8*, i8** %1273, align 8
  %1275 = getelementptr inbounds i8, i8* %1274, i64 8192
  %1276 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1275, i8** %1276, align 8
  %1277 = getelementptr inbounds i8*, i8** %0, i64 55
  %1278 = load i8*, i8** %1277, align 8
  %1279 = getelementptr inbounds i8, i8* %1278, i64 12288
  %1280 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1279, i8** %1280, align 8
  %1281 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_106(i8* %1281, i64 0, i64 1)
  %1282 = getelementptr inbounds i8*, i8** %0, i64 55
  %1283 = load i8*, i8** %1282, align 8
  %1284 = getelementptr inbounds i8, i8* %1283, i64 8192
  %1285 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1284, i8** %1285, align 8
  %1286 = getelementptr inbounds i8*, i8** %0, i64 18
  %1287 = load i8*, i8** %1286, align 8
  %1288 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1287, i8** %1288, align 8
  %1289 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_107(i8* %1289, i64 0, i64 1)
  %1290 = getelementptr inbounds i8*, i8** %0, i64 55
  %1291 = load i8*, i8** %1290, align 8
  %1292 = getelementptr inbounds i8, i8* %1291, i64 4096
  %1293 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1292, i8** %1293, align 8
  %1294 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_108(i8* %1294, i64 0, i64 1)
  %1295 = getelementptr inbounds i8*, i8** %0, i64 55
  %1296 = load i8*, i8** %1295, align 8
  %1297 = getelementptr inbounds i8, i8* %1296, i64 4096
  %1298 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1297, i8** %1298, align 8
  %1299 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_109(i8* %1299, i64 0, i64 1)
  %1300 = getelementptr inbounds i8*, i8** %0, i64 45
  %1301 = load i8*, i8** %1300, align 8
  %1302 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1301, i8** %1302, align 8
  %1303 = getelementptr inbounds i8*, i8** %0, i64 55
  %1304 = load i8*, i8** %1303, align 8
  %1305 = getelementptr inbounds i8, i8* %1304, i64 8192
  %1306 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1305, i8** %1306, align 8
  %1307 = getelementptr inbounds i8*, i8** %0, i64 55
  %1308 = load i8*, i8** %1307, align 8
  %1309 = getelementptr inbounds i8, i8* %1308, i64 4096
  %1310 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1309, i8** %1310, align 8
  %1311 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_106(i8* %1311, i64 0, i64 1)
  %1312 = getelementptr inbounds i8*, i8** %0, i64 55
  %1313 = load i8*, i8** %1312, align 8
  %1314 = getelementptr inbounds i8, i8* %1313, i64 4096
  %1315 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1314, i8** %1315, align 8
  %1316 = getelementptr inbounds i8*, i8** %0, i64 4
  %1317 = load i8*, i8** %1316, align 8
  %1318 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1317, i8** %1318, align 8
  %1319 = getelementptr inbounds i8*, i8** %0, i64 55
  %1320 = load i8*, i8** %1319, align 8
  %1321 = getelementptr inbounds i8, i8* %1320, i64 16768
  %1322 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1321, i8** %1322, align 8
  %1323 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_110(i8* %1323, i64 0, i64 1)
  %1324 = getelementptr inbounds i8*, i8** %0, i64 55
  %1325 = load i8*, i8** %1324, align 8
  %1326 = getelementptr inbounds i8, i8* %1325, i64 8192
  %1327 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1326, i8** %1327, align 8
  %1328 = getelementptr inbounds i8*, i8** %0, i64 45
  %1329 = load i8*, i8** %1328, align 8
  %1330 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1329, i8** %1330, align 8
  %1331 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_111(i8* %1331, i64 0, i64 1)
  %1332 = getelementptr inbounds i8*, i8** %0, i64 55
  %1333 = load i8*, i8** %1332, align 8
  %1334 = getelementptr inbounds i8, i8* %1333, i64 8192
  %1335 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1334, i8** %1335, align 8
  %1336 = getelementptr inbounds i8*, i8** %0, i64 55
  %1337 = load i8*, i8** %1336, align 8
  %1338 = getelementptr inbounds i8, i8* %1337, i64 16640
  %1339 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1338, i8** %1339, align 8
  %1340 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_112(i8* %1340, i64 0, i64 1)
  %1341 = getelementptr inbounds i8*, i8** %0, i64 55
  %1342 = load i8*, i8** %1341, align 8
  %1343 = getelementptr inbounds i8, i8* %1342, i64 8192
  %1344 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1343, i8** %1344, align 8
  %1345 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_113(i8* %1345, i64 0, i64 1)
  %1346 = getelementptr inbounds i8*, i8** %0, i64 55
  %1347 = load i8*, i8** %1346, align 8
  %1348 = getelementptr inbounds i8, i8* %1347, i64 8192
  %1349 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1348, i8** %1349, align 8
  %1350 = getelementptr inbounds i8*, i8** %0, i64 44
  %1351 = load i8*, i8** %1350, align 8
  %1352 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1351, i8** %1352, align 8
  %1353 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_114(i8* %1353, i64 0, i64 1)
  %1354 = getelementptr inbounds i8*, i8** %0, i64 55
  %1355 = load i8*, i8** %1354, align 8
  %1356 = getelementptr inbounds i8, i8* %1355, i64 8192
  %1357 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1356, i8** %1357, align 8
  %1358 = getelementptr inbounds i8*, i8** %0, i64 55
  %1359 = load i8*, i8** %1358, align 8
  %1360 = getelementptr inbounds i8, i8* %1359, i64 16704
  %1361 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1360, i8** %1361, align 8
  %1362 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_115(i8* %1362, i64 0, i64 1)
  %1363 = getelementptr inbounds i8*, i8** %0, i64 43
  %1364 = load i8*, i8** %1363, align 8
  %1365 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1364, i8** %1365, align 8
  %1366 = getelementptr inbounds i8*, i8** %0, i64 55
  %1367 = load i8*, i8** %1366, align 8
  %1368 = getelementptr inbounds i8, i8* %1367, i64 4096
  %1369 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1368, i8** %1369, align 8
  %1370 = getelementptr inbounds i8*, i8** %0, i64 55
  %1371 = load i8*, i8** %1370, align 8
  %1372 = getelementptr inbounds i8, i8* %1371, i64 8192
  %1373 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1372, i8** %1373, align 8
  %1374 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_116(i8* %1374, i64 0, i64 1)
  %1375 = getelementptr inbounds i8*, i8** %0, i64 55
  %1376 = load i8*, i8** %1375, align 8
  %1377 = getelementptr inbounds i8, i8* %1376, i64 4096
  %1378 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1377, i8** %1378, align 8
  %1379 = getelementptr inbounds i8*, i8** %0, i64 19
  %1380 = load i8*, i8** %1379, align 8
  %1381 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1380, i8** %1381, align 8
  %1382 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_65(i8* %1382, i64 0, i64 1)
  %1383 = getelementptr inbounds i8*, i8** %0, i64 55
  %1384 = load i8*, i8** %1383, align 8
  %1385 = getelementptr inbounds i8, i8* %1384, i64 4224
  %1386 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1385, i8** %1386, align 8
  %1387 = getelementptr inbounds i8*, i8** %0, i64 55
  %1388 = load i8*, i8** %1387, align 8
  %1389 = getelementptr inbounds i8, i8* %1388, i64 16512
  %1390 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1389, i8** %1390, align 8
  %1391 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_66(i8* %1391, i64 0, i64 1)
  %1392 = getelementptr inbounds i8*, i8** %0, i64 47
  %1393 = load i8*, i8** %1392, align 8
  %1394 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1393, i8** %1394, align 8
  %1395 = getelementptr inbounds i8*, i8** %0, i64 55
  %1396 = load i8*, i8** %1395, align 8
  %1397 = getelementptr inbounds i8, i8* %1396, i64 4096
  %1398 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1397, i8** %1398, align 8
  %1399 = getelementptr inbounds i8*, i8** %0, i64 55
  %1400 = load i8*, i8** %1399, align 8
  %1401 = getelementptr inbounds i8, i8* %1400, i64 4224
  %1402 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1401, i8** %1402, align 8
  %1403 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_67(i8* %1403, i64 0, i64 1)
  %1404 = getelementptr inbounds i8*, i8** %0, i64 55
  %1405 = load i8*, i8** %1404, align 8
  %1406 = getelementptr inbounds i8, i8* %1405, i64 4096
  %1407 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1406, i8** %1407, align 8
  %1408 = getelementptr inbounds i8*, i8** %0, i64 20
  %1409 = load i8*, i8** %1408, align 8
  %1410 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1409, i8** %1410, align 8
  %1411 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_68(i8* %1411, i64 0, i64 1)
  %1412 = getelementptr inbounds i8*, i8** %0, i64 55
  %1413 = load i8*, i8** %1412, align 8
  %1414 = getelementptr inbounds i8, i8* %1413, i64 16512
  %1415 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1414, i8** %1415, align 8
  %1416 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_69(i8* %1416, i64 0, i64 1)
  %1417 = getelementptr inbounds i8*, i8** %0, i64 55
  %1418 = load i8*, i8** %1417, align 8
  %1419 = getelementptr inbounds i8, i8* %1418, i64 16512
  %1420 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1419, i8** %1420, align 8
  %1421 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_70(i8* %1421, i64 0, i64 1)
  %1422 = getelementptr inbounds i8*, i8** %0, i64 48
  %1423 = load i8*, i8** %1422, align 8
  %1424 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1423, i8** %1424, align 8
  %1425 = getelementptr inbounds i8*, i8** %0, i64 55
  %1426 = load i8*, i8** %1425, align 8
  %1427 = getelementptr inbounds i8, i8* %1426, i64 4096
  %1428 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1427, i8** %1428, align 8
  %1429 = getelementptr inbounds i8*, i8** %0, i64 55
  %1430 = load i8*, i8** %1429, align 8
  %1431 = getelementptr inbounds i8, i8* %1430, i64 16512
  %1432 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1431, i8** %1432, align 8
  %1433 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_67(i8* %1433, i64 0, i64 1)
  %1434 = getelementptr inbounds i8*, i8** %0, i64 55
  %1435 = load i8*, i8** %1434, align 8
  %1436 = getelementptr inbounds i8, i8* %1435, i64 4096
  %1437 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1436, i8** %1437, align 8
  %1438 = getelementptr inbounds i8*, i8** %0, i64 5
  %1439 = load i8*, i8** %1438, align 8
  %1440 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1439, i8** %1440, align 8
  %1441 = getelementptr inbounds i8*, i8** %0, i64 55
  %1442 = load i8*, i8** %1441, align 8
  %1443 = getelementptr inbounds i8, i8* %1442, i64 16768
  %1444 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1443, i8** %1444, align 8
  %1445 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_71(i8* %1445, i64 0, i64 1)
  %1446 = getelementptr inbounds i8*, i8** %0, i64 55
  %1447 = load i8*, i8** %1446, align 8
  %1448 = getelementptr inbounds i8, i8* %1447, i64 4224
  %1449 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1448, i8** %1449, align 8
  %1450 = getelementptr inbounds i8*, i8** %0, i64 48
  %1451 = load i8*, i8** %1450, align 8
  %1452 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1451, i8** %1452, align 8
  %1453 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_72(i8* %1453, i64 0, i64 1)
  %1454 = getelementptr inbounds i8*, i8** %0, i64 55
  %1455 = load i8*, i8** %1454, align 8
  %1456 = getelementptr inbounds i8, i8* %1455, i64 4224
  %1457 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1456, i8** %1457, align 8
  %1458 = getelementptr inbounds i8*, i8** %0, i64 55
  %1459 = load i8*, i8** %1458, align 8
  %1460 = getelementptr inbounds i8, i8* %1459, i64 16640
  %1461 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1460, i8** %1461, align 8
  %1462 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_73(i8* %1462, i64 0, i64 1)
  %1463 = getelementptr inbounds i8*, i8** %0, i64 55
  %1464 = load i8*, i8** %1463, align 8
  %1465 = getelementptr inbounds i8, i8* %1464, i64 4224
  %1466 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1465, i8** %1466, align 8
  %1467 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_74(i8* %1467, i64 0, i64 1)
  %1468 = getelementptr inbounds i8*, i8** %0, i64 55
  %1469 = load i8*, i8** %1468, align 8
  %1470 = getelementptr inbounds i8, i8* %1469, i64 4224
  %1471 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1470, i8** %1471, align 8
  %1472 = getelementptr inbounds i8*, i8** %0, i64 47
  %1473 = load i8*, i8** %1472, align 8
  %1474 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1473, i8** %1474, align 8
  %1475 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_75(i8* %1475, i64 0, i64 1)
  %1476 = getelementptr inbounds i8*, i8** %0, i64 55
  %1477 = load i8*, i8** %1476, align 8
  %1478 = getelementptr inbounds i8, i8* %1477, i64 4224
  %1479 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1478, i8** %1479, align 8
  %1480 = getelementptr inbounds i8*, i8** %0, i64 55
  %1481 = load i8*, i8** %1480, align 8
  %1482 = getelementptr inbounds i8, i8* %1481, i64 16704
  %1483 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1482, i8** %1483, align 8
  %1484 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_76(i8* %1484, i64 0, i64 1)
  %1485 = getelementptr inbounds i8*, i8** %0, i64 46
  %1486 = load i8*, i8** %1485, align 8
  %1487 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1486, i8** %1487, align 8
  %1488 = getelementptr inbounds i8*, i8** %0, i64 55
  %1489 = load i8*, i8** %1488, align 8
  %1490 = getelementptr inbounds i8, i8* %1489, i64 4096
  %1491 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1490, i8** %1491, align 8
  %1492 = getelementptr inbounds i8*, i8** %0, i64 55
  %1493 = load i8*, i8** %1492, align 8
  %1494 = getelementptr inbounds i8, i8* %1493, i64 4224
  %1495 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1494, i8** %1495, align 8
  %1496 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_77(i8* %1496, i64 0, i64 1)
  %1497 = getelementptr inbounds i8*, i8** %0, i64 55
  %1498 = load i8*, i8** %1497, align 8
  %1499 = getelementptr inbounds i8, i8* %1498, i64 4096
  %1500 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1499, i8** %1500, align 8
  %1501 = getelementptr inbounds i8*, i8** %0, i64 21
  %1502 = load i8*, i8** %1501, align 8
  %1503 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1502, i8** %1503, align 8
  %1504 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_104(i8* %1504, i64 0, i64 1)
  %1505 = getelementptr inbounds i8*, i8** %0, i64 55
  %1506 = load i8*, i8** %1505, align 8
  %1507 = getelementptr inbounds i8, i8* %1506, i64 8192
  %1508 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1507, i8** %1508, align 8
  %1509 = getelementptr inbounds i8*, i8** %0, i64 55
  %1510 = load i8*, i8** %1509, align 8
  %1511 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1510, i8** %1511, align 8
  %1512 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_105(i8* %1512, i64 0, i64 1)
  %1513 = getelementptr inbounds i8*, i8** %0, i64 50
  %1514 = load i8*, i8** %1513, align 8
  %1515 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1514, i8** %1515, align 8
  %1516 = getelementptr inbounds i8*, i8** %0, i64 55
  %1517 = load i8*, i8** %1516, align 8
  %1518 = getelementptr inbounds i8, i8* %1517, i64 4096
  %1519 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1518, i8** %1519, align 8
  %1520 = getelementptr inbounds i8*, i8** %0, i64 55
  %1521 = load i8*, i8** %1520, align 8
  %1522 = getelementptr inbounds i8, i8* %1521, i64 8192
  %1523 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1522, i8** %1523, align 8
  %1524 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_106(i8* %1524, i64 0, i64 1)
  %1525 = getelementptr inbounds i8*, i8** %0, i64 55
  %1526 = load i8*, i8** %1525, align 8
  %1527 = getelementptr inbounds i8, i8* %1526, i64 4096
  %1528 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1527, i8** %1528, align 8
  %1529 = getelementptr inbounds i8*, i8** %0, i64 22
  %1530 = load i8*, i8** %1529, align 8
  %1531 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1530, i8** %1531, align 8
  %1532 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_107(i8* %1532, i64 0, i64 1)
  %1533 = getelementptr inbounds i8*, i8** %0, i64 55
  %1534 = load i8*, i8** %1533, align 8
  %1535 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1534, i8** %1535, align 8
  %1536 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_108(i8* %1536, i64 0, i64 1)
  %1537 = getelementptr inbounds i8*, i8** %0, i64 55
  %1538 = load i8*, i8** %1537, align 8
  %1539 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1538, i8** %1539, align 8
  %1540 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_109(i8* %1540, i64 0, i64 1)
  %1541 = getelementptr inbounds i8*, i8** %0, i64 51
  %1542 = load i8*, i8** %1541, align 8
  %1543 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1542, i8** %1543, align 8
  %1544 = getelementptr inbounds i8*, i8** %0, i64 55
  %1545 = load i8*, i8** %1544, align 8
  %1546 = getelementptr inbounds i8, i8* %1545, i64 4096
  %1547 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1546, i8** %1547, align 8
  %1548 = getelementptr inbounds i8*, i8** %0, i64 55
  %1549 = load i8*, i8** %1548, align 8
  %1550 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1549, i8** %1550, align 8
  %1551 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_106(i8* %1551, i64 0, i64 1)
  %1552 = getelementptr inbounds i8*, i8** %0, i64 55
  %1553 = load i8*, i8** %1552, align 8
  %1554 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1553, i8** %1554, align 8
  %1555 = getelementptr inbounds i8*, i8** %0, i64 6
  %1556 = load i8*, i8** %1555, align 8
  %1557 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1556, i8** %1557, align 8
  %1558 = getelementptr inbounds i8*, i8** %0, i64 55
  %1559 = load i8*, i8** %1558, align 8
  %1560 = getelementptr inbounds i8, i8* %1559, i64 16768
  %1561 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1560, i8** %1561, align 8
  %1562 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_110(i8* %1562, i64 0, i64 1)
  %1563 = getelementptr inbounds i8*, i8** %0, i64 55
  %1564 = load i8*, i8** %1563, align 8
  %1565 = getelementptr inbounds i8, i8* %1564, i64 4096
  %1566 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1565, i8** %1566, align 8
  %1567 = getelementptr inbounds i8*, i8** %0, i64 51
  %1568 = load i8*, i8** %1567, align 8
  %1569 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1568, i8** %1569, align 8
  %1570 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_111(i8* %1570, i64 0, i64 1)
  %1571 = getelementptr inbounds i8*, i8** %0, i64 55
  %1572 = load i8*, i8** %1571, align 8
  %1573 = getelementptr inbounds i8, i8* %1572, i64 4096
  %1574 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1573, i8** %1574, align 8
  %1575 = getelementptr inbounds i8*, i8** %0, i64 55
  %1576 = load i8*, i8** %1575, align 8
  %1577 = getelementptr inbounds i8, i8* %1576, i64 16640
  %1578 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1577, i8** %1578, align 8
  %1579 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_112(i8* %1579, i64 0, i64 1)
  %1580 = getelementptr inbounds i8*, i8** %0, i64 55
  %1581 = load i8*, i8** %1580, align 8
  %1582 = getelementptr inbounds i8, i8* %1581, i64 4096
  %1583 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1582, i8** %1583, align 8
  %1584 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_113(i8* %1584, i64 0, i64 1)
  %1585 = getelementptr inbounds i8*, i8** %0, i64 55
  %1586 = load i8*, i8** %1585, align 8
  %1587 = getelementptr inbounds i8, i8* %1586, i64 4096
  %1588 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1587, i8** %1588, align 8
  %1589 = getelementptr inbounds i8*, i8** %0, i64 50
  %1590 = load i8*, i8** %1589, align 8
  %1591 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1590, i8** %1591, align 8
  %1592 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_114(i8* %1592, i64 0, i64 1)
  %1593 = getelementptr inbounds i8*, i8** %0, i64 55
  %1594 = load i8*, i8** %1593, align 8
  %1595 = getelementptr inbounds i8, i8* %1594, i64 4096
  %1596 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1595, i8** %1596, align 8
  %1597 = getelementptr inbounds i8*, i8** %0, i64 55
  %1598 = load i8*, i8** %1597, align 8
  %1599 = getelementptr inbounds i8, i8* %1598, i64 16704
  %1600 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1599, i8** %1600, align 8
  %1601 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_115(i8* %1601, i64 0, i64 1)
  %1602 = getelementptr inbounds i8*, i8** %0, i64 49
  %1603 = load i8*, i8** %1602, align 8
  %1604 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1603, i8** %1604, align 8
  %1605 = getelementptr inbounds i8*, i8** %0, i64 55
  %1606 = load i8*, i8** %1605, align 8
  %1607 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1606, i8** %1607, align 8
  %1608 = getelementptr inbounds i8*, i8** %0, i64 55
  %1609 = load i8*, i8** %1608, align 8
  %1610 = getelementptr inbounds i8, i8* %1609, i64 4096
  %1611 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1610, i8** %1611, align 8
  %1612 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_116(i8* %1612, i64 0, i64 1)
  %1613 = getelementptr inbounds i8*, i8** %0, i64 55
  %1614 = load i8*, i8** %1613, align 8
  %1615 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1614, i8** %1615, align 8
  %1616 = getelementptr inbounds i8*, i8** %0, i64 23
  %1617 = load i8*, i8** %1616, align 8
  %1618 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1617, i8** %1618, align 8
  %1619 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_65(i8* %1619, i64 0, i64 1)
  %1620 = getelementptr inbounds i8*, i8** %0, i64 55
  %1621 = load i8*, i8** %1620, align 8
  %1622 = getelementptr inbounds i8, i8* %1621, i64 128
  %1623 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1622, i8** %1623, align 8
  %1624 = getelementptr inbounds i8*, i8** %0, i64 55
  %1625 = load i8*, i8** %1624, align 8
  %1626 = getelementptr inbounds i8, i8* %1625, i64 16384
  %1627 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1626, i8** %1627, align 8
  %1628 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_66(i8* %1628, i64 0, i64 1)
  %1629 = getelementptr inbounds i8*, i8** %0, i64 53
  %1630 = load i8*, i8** %1629, align 8
  %1631 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1630, i8** %1631, align 8
  %1632 = getelementptr inbounds i8*, i8** %0, i64 55
  %1633 = load i8*, i8** %1632, align 8
  %1634 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1633, i8** %1634, align 8
  %1635 = getelementptr inbounds i8*, i8** %0, i64 55
  %1636 = load i8*, i8** %1635, align 8
  %1637 = getelementptr inbounds i8, i8* %1636, i64 128
  %1638 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1637, i8** %1638, align 8
  %1639 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_67(i8* %1639, i64 0, i64 1)
  %1640 = getelementptr inbounds i8*, i8** %0, i64 55
  %1641 = load i8*, i8** %1640, align 8
  %1642 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1641, i8** %1642, align 8
  %1643 = getelementptr inbounds i8*, i8** %0, i64 24
  %1644 = load i8*, i8** %1643, align 8
  %1645 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1644, i8** %1645, align 8
  %1646 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_68(i8* %1646, i64 0, i64 1)
  %1647 = getelementptr inbounds i8*, i8** %0, i64 55
  %1648 = load i8*, i8** %1647, align 8
  %1649 = getelementptr inbounds i8, i8* %1648, i64 16384
  %1650 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1649, i8** %1650, align 8
  %1651 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_69(i8* %1651, i64 0, i64 1)
  %1652 = getelementptr inbounds i8*, i8** %0, i64 55
  %1653 = load i8*, i8** %1652, align 8
  %1654 = getelementptr inbounds i8, i8* %1653, i64 16384
  %1655 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1654, i8** %1655, align 8
  %1656 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_70(i8* %1656, i64 0, i64 1)
  %1657 = getelementptr inbounds i8*, i8** %0, i64 54
  %1658 = load i8*, i8** %1657, align 8
  %1659 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1658, i8** %1659, align 8
  %1660 = getelementptr inbounds i8*, i8** %0, i64 55
  %1661 = load i8*, i8** %1660, align 8
  %1662 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1661, i8** %1662, align 8
  %1663 = getelementptr inbounds i8*, i8** %0, i64 55
  %1664 = load i8*, i8** %1663, align 8
  %1665 = getelementptr inbounds i8, i8* %1664, i64 16384
  %1666 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1665, i8** %1666, align 8
  %1667 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_67(i8* %1667, i64 0, i64 1)
  %1668 = getelementptr inbounds i8*, i8** %0, i64 55
  %1669 = load i8*, i8** %1668, align 8
  %1670 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1669, i8** %1670, align 8
  %1671 = getelementptr inbounds i8*, i8** %0, i64 7
  %1672 = load i8*, i8** %1671, align 8
  %1673 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1672, i8** %1673, align 8
  %1674 = getelementptr inbounds i8*, i8** %0, i64 55
  %1675 = load i8*, i8** %1674, align 8
  %1676 = getelementptr inbounds i8, i8* %1675, i64 16768
  %1677 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1676, i8** %1677, align 8
  %1678 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_71(i8* %1678, i64 0, i64 1)
  %1679 = getelementptr inbounds i8*, i8** %0, i64 55
  %1680 = load i8*, i8** %1679, align 8
  %1681 = getelementptr inbounds i8, i8* %1680, i64 128
  %1682 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1681, i8** %1682, align 8
  %1683 = getelementptr inbounds i8*, i8** %0, i64 54
  %1684 = load i8*, i8** %1683, align 8
  %1685 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1684, i8** %1685, align 8
  %1686 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_72(i8* %1686, i64 0, i64 1)
  %1687 = getelementptr inbounds i8*, i8** %0, i64 55
  %1688 = load i8*, i8** %1687, align 8
  %1689 = getelementptr inbounds i8, i8* %1688, i64 128
  %1690 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1689, i8** %1690, align 8
  %1691 = getelementptr inbounds i8*, i8** %0, i64 55
  %1692 = load i8*, i8** %1691, align 8
  %1693 = getelementptr inbounds i8, i8* %1692, i64 16640
  %1694 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1693, i8** %1694, align 8
  %1695 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_73(i8* %1695, i64 0, i64 1)
  %1696 = getelementptr inbounds i8*, i8** %0, i64 55
  %1697 = load i8*, i8** %1696, align 8
  %1698 = getelementptr inbounds i8, i8* %1697, i64 128
  %1699 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1698, i8** %1699, align 8
  %1700 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_74(i8* %1700, i64 0, i64 1)
  %1701 = getelementptr inbounds i8*, i8** %0, i64 55
  %1702 = load i8*, i8** %1701, align 8
  %1703 = getelementptr inbounds i8, i8* %1702, i64 128
  %1704 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1703, i8** %1704, align 8
  %1705 = getelementptr inbounds i8*, i8** %0, i64 53
  %1706 = load i8*, i8** %1705, align 8
  %1707 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1706, i8** %1707, align 8
  %1708 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_75(i8* %1708, i64 0, i64 1)
  %1709 = getelementptr inbounds i8*, i8** %0, i64 55
  %1710 = load i8*, i8** %1709, align 8
  %1711 = getelementptr inbounds i8, i8* %1710, i64 128
  %1712 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1711, i8** %1712, align 8
  %1713 = getelementptr inbounds i8*, i8** %0, i64 55
  %1714 = load i8*, i8** %1713, align 8
  %1715 = getelementptr inbounds i8, i8* %1714, i64 16704
  %1716 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1715, i8** %1716, align 8
  %1717 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_76(i8* %1717, i64 0, i64 1)
  %1718 = getelementptr inbounds i8*, i8** %0, i64 52
  %1719 = load i8*, i8** %1718, align 8
  %1720 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %1719, i8** %1720, align 8
  %1721 = getelementptr inbounds i8*, i8** %0, i64 55
  %1722 = load i8*, i8** %1721, align 8
  %1723 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %1722, i8** %1723, align 8
  %1724 = getelementptr inbounds i8*, i8** %0, i64 55
  %1725 = load i8*, i8** %1724, align 8
  %1726 = getelementptr inbounds i8, i8* %1725, i64 128
  %1727 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %1726, i8** %1727, align 8
  %1728 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_77(i8* %1728, i64 0, i64 1)
  ret i32 0
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

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #3

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_2(i8* %0, i64 %1, i64 %2) #1 {
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
  %14 = mul i64 %i, 32
  %15 = add i64 0, %14
  %16 = mul i64 %i, 32
  %17 = add i64 0, %16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, 32
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 %15, %i4
  %20 = add i64 %17, %i4
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
define internal void @eptc_kernel_3(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %73, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 256
  %14 = select i1 %13, i64 %12, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %72, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float 0x3FA6E4E260000000, %19
  %21 = fmul float %20, %19
  %22 = fmul float %21, %19
  %23 = fadd float %19, %22
  %24 = fmul float 0x3FE9884540000000, %23
  %25 = call float @llvm.fabs.f32(float %24)
  %26 = fmul float %24, %24
  %27 = fmul float %25, %26
  %28 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %26, float 0x3F951F8CE0000000)
  %29 = call float @llvm.fmuladd.f32(float %28, float %26, float 0xBFAB835A40000000)
  %30 = call float @llvm.fmuladd.f32(float %29, float %26, float 0x3FC1106F60000000)
  %31 = call float @llvm.fmuladd.f32(float %30, float %26, float 0xBFD5555320000000)
  %32 = call float @llvm.fmuladd.f32(float %27, float %31, float %25)
  %33 = fmul float %25, -2.000000e+00
  %34 = fcmp oge float %33, -1.100000e+02
  %35 = select i1 %34, float %33, float -1.100000e+02
  %36 = fcmp ole float %35, 1.000000e+02
  %37 = select i1 %36, float %35, float 1.000000e+02
  %38 = fmul float %37, 0x3FF7154760000000
  %39 = call float @llvm.rint.f32(float %38)
  %40 = call float @llvm.fmuladd.f32(float %39, float 0xBFE6300000000000, float %37)
  %41 = call float @llvm.fmuladd.f32(float %39, float 0x3F2BD01060000000, float %40)
  %42 = fmul float %41, %41
  %43 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %41, float 0x3F81239880000000)
  %44 = call float @llvm.fmuladd.f32(float %43, float %41, float 0x3FA5558AE0000000)
  %45 = call float @llvm.fmuladd.f32(float %44, float %41, float 0x3FC5554920000000)
  %46 = call float @llvm.fmuladd.f32(float %45, float %41, float 0x3FDFFFFFC0000000)
  %47 = call float @llvm.fmuladd.f32(float %42, float %46, float %41)
  %48 = fadd float %47, 1.000000e+00
  %49 = fptosi float %39 to i32
  %50 = ashr i32 %49, 1
  %51 = sub i32 %49, %50
  %52 = add i32 %50, 127
  %53 = shl i32 %52, 23
  %54 = bitcast i32 %53 to float
  %55 = fmul float %48, %54
  %56 = add i32 %51, 127
  %57 = shl i32 %56, 23
  %58 = bitcast i32 %57 to float
  %59 = fmul float %55, %58
  %60 = fcmp uno float %33, %33
  %61 = select i1 %60, float %33, float %59
  %62 = fsub float 1.000000e+00, %61
  %63 = fadd float 1.000000e+00, %61
  %64 = fdiv float %62, %63
  %65 = fcmp olt float %25, 6.250000e-01
  %66 = select i1 %65, float %32, float %64
  %67 = call float @llvm.copysign.f32(float %66, float %24)
  %68 = fmul float 5.000000e-01, %19
  %69 = fadd float 1.000000e+00, %67
  %70 = fmul float %68, %69
  %71 = getelementptr inbounds float, float* %6, i64 %16
  store float %70, float* %71, align 4
  %72 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %73 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fabs.f32(float) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.rint.f32(float) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.copysign.f32(float, float) #3

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
  %17 = mul i64 %i, 32
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 128, i1 false)
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
define internal void @eptc_kernel_5(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
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
define internal void @eptc_kernel_6(i8* %0, i64 %1, i64 %2) #1 {
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
  %17 = mul i64 %i, 4
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 16, i1 false)
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
  %26 = mul i64 %i4, 4
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 4
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
  %14 = mul i64 %i, 4
  %15 = add i64 0, %14
  %16 = mul i64 %i, 4
  %17 = add i64 0, %16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, 4
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 %15, %i4
  %20 = add i64 %17, %i4
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
  %i = phi i64 [ 0, %entry ], [ %14, %checked ]
  %5 = icmp slt i64 %i, 8
  br i1 %5, label %body, label %exit

body:                                             ; preds = %loop
  %6 = getelementptr inbounds i32, i32* %4, i64 %i
  %7 = load i32, i32* %6, align 4
  %8 = icmp slt i32 %7, 0
  %9 = icmp sge i32 %7, 4
  %10 = or i1 %8, %9
  %11 = icmp eq i32 %7, -100
  %12 = xor i1 %11, true
  %13 = and i1 %10, %12
  br i1 %13, label %invalid, label %checked

exit:                                             ; preds = %loop
  ret i1 false

checked:                                          ; preds = %body
  %14 = add i64 %i, 1
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
  %9 = bitcast i8* %8 to i32*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %join, %entry
  %i = phi i64 [ %1, %entry ], [ %18, %join ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = getelementptr inbounds i32, i32* %9, i64 %i
  %15 = load i32, i32* %14, align 4
  %16 = icmp ne i32 %15, -100
  br i1 %16, label %then, label %join

exit:                                             ; preds = %loop
  ret void

then:                                             ; preds = %body
  %17 = mul i64 %i, 4
  br label %loop1

join:                                             ; preds = %exit7, %body
  %18 = add i64 %i, 1
  br label %loop

loop1:                                            ; preds = %body2, %then
  %i4 = phi i64 [ 0, %then ], [ %27, %body2 ]
  %acc = phi float [ 0xFFF0000000000000, %then ], [ %26, %body2 ]
  %19 = icmp slt i64 %i4, 4
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 %17, %i4
  %21 = getelementptr inbounds float, float* %6, i64 %20
  %22 = load float, float* %21, align 4
  %23 = fcmp uno float %acc, %22
  %24 = fcmp ogt float %22, %acc
  %25 = select i1 %24, float %22, float %acc
  %26 = select i1 %23, float 0x7FF8000000000000, float %25
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %62, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %exit3 ], [ %61, %body6 ]
  %28 = icmp slt i64 %i8, 4
  br i1 %28, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %29 = add i64 %17, %i8
  %30 = getelementptr inbounds float, float* %6, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fsub float %31, %acc
  %33 = fcmp oge float %32, -1.100000e+02
  %34 = select i1 %33, float %32, float -1.100000e+02
  %35 = fcmp ole float %34, 1.000000e+02
  %36 = select i1 %35, float %34, float 1.000000e+02
  %37 = fmul float %36, 0x3FF7154760000000
  %38 = call float @llvm.rint.f32(float %37)
  %39 = call float @llvm.fmuladd.f32(float %38, float 0xBFE6300000000000, float %36)
  %40 = call float @llvm.fmuladd.f32(float %38, float 0x3F2BD01060000000, float %39)
  %41 = fmul float %40, %40
  %42 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %40, float 0x3F81239880000000)
  %43 = call float @llvm.fmuladd.f32(float %42, float %40, float 0x3FA5558AE0000000)
  %44 = call float @llvm.fmuladd.f32(float %43, float %40, float 0x3FC5554920000000)
  %45 = call float @llvm.fmuladd.f32(float %44, float %40, float 0x3FDFFFFFC0000000)
  %46 = call float @llvm.fmuladd.f32(float %41, float %45, float %40)
  %47 = fadd float %46, 1.000000e+00
  %48 = fptosi float %38 to i32
  %49 = ashr i32 %48, 1
  %50 = sub i32 %48, %49
  %51 = add i32 %49, 127
  %52 = shl i32 %51, 23
  %53 = bitcast i32 %52 to float
  %54 = fmul float %47, %53
  %55 = add i32 %50, 127
  %56 = shl i32 %55, 23
  %57 = bitcast i32 %56 to float
  %58 = fmul float %54, %57
  %59 = fcmp uno float %32, %32
  %60 = select i1 %59, float %32, float %58
  %61 = fadd float %acc9, %60
  %62 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %63 = fcmp olt float %acc9, 0x3810000000000000
  %64 = fmul float %acc9, 0x4160000000000000
  %65 = select i1 %63, float %64, float %acc9
  %66 = bitcast float %65 to i32
  %67 = sub i32 %66, 1060439283
  %68 = ashr i32 %67, 23
  %69 = select i1 %63, i32 23, i32 0
  %70 = sub i32 %68, %69
  %71 = and i32 %67, 8388607
  %72 = add i32 %71, 1060439283
  %73 = bitcast i32 %72 to float
  %74 = fsub float %73, 1.000000e+00
  %75 = sitofp i32 %70 to float
  %76 = fmul float %74, %74
  %77 = fmul float %76, %74
  %78 = call float @llvm.fmuladd.f32(float 0xBFB38C9DE0000000, float %74, float 0x3FC055EC60000000)
  %79 = call float @llvm.fmuladd.f32(float %78, float %74, float 0xBFC0D82420000000)
  %80 = call float @llvm.fmuladd.f32(float %79, float %74, float 0x3FC22D92E0000000)
  %81 = call float @llvm.fmuladd.f32(float %80, float %74, float 0xBFC54728A0000000)
  %82 = call float @llvm.fmuladd.f32(float %81, float %74, float 0x3FC99A01C0000000)
  %83 = call float @llvm.fmuladd.f32(float %82, float %74, float 0xBFD0002260000000)
  %84 = call float @llvm.fmuladd.f32(float %83, float %74, float 0x3FD5555540000000)
  %85 = fmul float -5.000000e-01, %76
  %86 = call float @llvm.fmuladd.f32(float %77, float %84, float %85)
  %87 = call float @llvm.fmuladd.f32(float %75, float 0xBF2BD01060000000, float %86)
  %88 = fadd float %87, %74
  %89 = call float @llvm.fmuladd.f32(float %75, float 0x3FE6300000000000, float %88)
  %90 = fcmp oeq float %acc9, 0.000000e+00
  %91 = select i1 %90, float 0xFFF0000000000000, float %89
  %92 = fcmp olt float %acc9, 0.000000e+00
  %93 = select i1 %92, float 0x7FF8000000000000, float %91
  %94 = fcmp oeq float %acc9, 0x7FF0000000000000
  %95 = select i1 %94, float %acc9, float %93
  %96 = fcmp uno float %acc9, %acc9
  %97 = select i1 %96, float %acc9, float %95
  %98 = sext i32 %15 to i64
  %99 = add i64 %17, %98
  %100 = getelementptr inbounds float, float* %6, i64 %99
  %101 = load float, float* %100, align 4
  %102 = fsub float %101, %acc
  %103 = fsub float %102, %97
  %104 = getelementptr inbounds float, float* %12, i64 %i
  store float %103, float* %104, align 4
  br label %join
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_9(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to i32*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %24, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc5 = phi i64 [ 0, %body ], [ %23, %body2 ]
  %14 = icmp slt i64 %i4, 8
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = getelementptr inbounds i32, i32* %6, i64 %i4
  %16 = load i32, i32* %15, align 4
  %17 = icmp ne i32 %16, -100
  %18 = getelementptr inbounds float, float* %9, i64 %i4
  %19 = load float, float* %18, align 4
  %20 = fsub float %acc, %19
  %21 = select i1 %17, float %20, float %acc
  %22 = zext i1 %17 to i64
  %23 = add i64 %acc5, %22
  %24 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %25 = icmp eq i64 %acc5, 0
  %26 = sitofp i64 %acc5 to float
  %27 = fdiv float %acc, %26
  %28 = select i1 %25, float 0.000000e+00, float %27
  %29 = getelementptr inbounds float, float* %12, i64 0
  store float %28, float* %29, align 4
  %30 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_10(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %15, %exit3 ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  %8 = mul i64 %i, 4096
  %9 = add i64 %8, 4096
  %10 = icmp slt i64 %9, 1
  %11 = select i1 %10, i64 %9, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %8, %body ], [ %14, %body2 ]
  %12 = icmp slt i64 %i4, %11
  br i1 %12, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %13 = getelementptr inbounds float, float* %6, i64 0
  store float 1.000000e+00, float* %13, align 4
  %14 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %15 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_11(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to i32*
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
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %acc = phi i64 [ 0, %body ], [ %19, %body2 ]
  %14 = icmp slt i64 %i4, 8
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = getelementptr inbounds i32, i32* %6, i64 %i4
  %16 = load i32, i32* %15, align 4
  %17 = icmp ne i32 %16, -100
  %18 = zext i1 %17 to i64
  %19 = add i64 %acc, %18
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = getelementptr inbounds float, float* %9, i64 0
  %22 = load float, float* %21, align 4
  %23 = sitofp i64 %acc to float
  %24 = fdiv float %22, %23
  %25 = icmp eq i64 %acc, 0
  %26 = select i1 %25, float 0.000000e+00, float %24
  %27 = getelementptr inbounds float, float* %12, i64 0
  store float %26, float* %27, align 4
  %28 = add i64 %i, 1
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
  %9 = bitcast i8* %8 to i32*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  %13 = getelementptr inbounds i8*, i8** %3, i64 3
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %join2, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %join2 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 4
  %18 = getelementptr inbounds i32, i32* %9, i64 %i
  %19 = load i32, i32* %18, align 4
  %20 = icmp ne i32 %19, -100
  %21 = getelementptr inbounds float, float* %12, i64 0
  %22 = load float, float* %21, align 4
  %23 = xor i1 %20, true
  br i1 %23, label %then, label %join

exit:                                             ; preds = %loop
  ret void

then:                                             ; preds = %body
  %24 = getelementptr inbounds float, float* %15, i64 %17
  %25 = bitcast float* %24 to i8*
  call void @llvm.memset.p0i8.i64(i8* %25, i8 0, i64 16, i1 false)
  br label %join

join:                                             ; preds = %then, %body
  br i1 %20, label %then1, label %join2

then1:                                            ; preds = %join
  br label %loop3

join2:                                            ; preds = %exit14, %join
  %26 = add i64 %i, 1
  br label %loop

loop3:                                            ; preds = %body4, %then1
  %i6 = phi i64 [ 0, %then1 ], [ %35, %body4 ]
  %acc = phi float [ 0xFFF0000000000000, %then1 ], [ %34, %body4 ]
  %27 = icmp slt i64 %i6, 4
  br i1 %27, label %body4, label %exit5

body4:                                            ; preds = %loop3
  %28 = add i64 %17, %i6
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = fcmp uno float %acc, %30
  %32 = fcmp ogt float %30, %acc
  %33 = select i1 %32, float %30, float %acc
  %34 = select i1 %31, float 0x7FF8000000000000, float %33
  %35 = add i64 %i6, 1
  br label %loop3

exit5:                                            ; preds = %loop3
  br label %loop7

loop7:                                            ; preds = %body8, %exit5
  %i10 = phi i64 [ 0, %exit5 ], [ %70, %body8 ]
  %acc11 = phi float [ 0.000000e+00, %exit5 ], [ %69, %body8 ]
  %36 = icmp slt i64 %i10, 4
  br i1 %36, label %body8, label %exit9

body8:                                            ; preds = %loop7
  %37 = add i64 %17, %i10
  %38 = getelementptr inbounds float, float* %6, i64 %37
  %39 = load float, float* %38, align 4
  %40 = fsub float %39, %acc
  %41 = fcmp oge float %40, -1.100000e+02
  %42 = select i1 %41, float %40, float -1.100000e+02
  %43 = fcmp ole float %42, 1.000000e+02
  %44 = select i1 %43, float %42, float 1.000000e+02
  %45 = fmul float %44, 0x3FF7154760000000
  %46 = call float @llvm.rint.f32(float %45)
  %47 = call float @llvm.fmuladd.f32(float %46, float 0xBFE6300000000000, float %44)
  %48 = call float @llvm.fmuladd.f32(float %46, float 0x3F2BD01060000000, float %47)
  %49 = fmul float %48, %48
  %50 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %48, float 0x3F81239880000000)
  %51 = call float @llvm.fmuladd.f32(float %50, float %48, float 0x3FA5558AE0000000)
  %52 = call float @llvm.fmuladd.f32(float %51, float %48, float 0x3FC5554920000000)
  %53 = call float @llvm.fmuladd.f32(float %52, float %48, float 0x3FDFFFFFC0000000)
  %54 = call float @llvm.fmuladd.f32(float %49, float %53, float %48)
  %55 = fadd float %54, 1.000000e+00
  %56 = fptosi float %46 to i32
  %57 = ashr i32 %56, 1
  %58 = sub i32 %56, %57
  %59 = add i32 %57, 127
  %60 = shl i32 %59, 23
  %61 = bitcast i32 %60 to float
  %62 = fmul float %55, %61
  %63 = add i32 %58, 127
  %64 = shl i32 %63, 23
  %65 = bitcast i32 %64 to float
  %66 = fmul float %62, %65
  %67 = fcmp uno float %40, %40
  %68 = select i1 %67, float %40, float %66
  %69 = fadd float %acc11, %68
  %70 = add i64 %i10, 1
  br label %loop7

exit9:                                            ; preds = %loop7
  %71 = fcmp olt float %acc11, 0x3810000000000000
  %72 = fmul float %acc11, 0x4160000000000000
  %73 = select i1 %71, float %72, float %acc11
  %74 = bitcast float %73 to i32
  %75 = sub i32 %74, 1060439283
  %76 = ashr i32 %75, 23
  %77 = select i1 %71, i32 23, i32 0
  %78 = sub i32 %76, %77
  %79 = and i32 %75, 8388607
  %80 = add i32 %79, 1060439283
  %81 = bitcast i32 %80 to float
  %82 = fsub float %81, 1.000000e+00
  %83 = sitofp i32 %78 to float
  %84 = fmul float %82, %82
  %85 = fmul float %84, %82
  %86 = call float @llvm.fmuladd.f32(float 0xBFB38C9DE0000000, float %82, float 0x3FC055EC60000000)
  %87 = call float @llvm.fmuladd.f32(float %86, float %82, float 0xBFC0D82420000000)
  %88 = call float @llvm.fmuladd.f32(float %87, float %82, float 0x3FC22D92E0000000)
  %89 = call float @llvm.fmuladd.f32(float %88, float %82, float 0xBFC54728A0000000)
  %90 = call float @llvm.fmuladd.f32(float %89, float %82, float 0x3FC99A01C0000000)
  %91 = call float @llvm.fmuladd.f32(float %90, float %82, float 0xBFD0002260000000)
  %92 = call float @llvm.fmuladd.f32(float %91, float %82, float 0x3FD5555540000000)
  %93 = fmul float -5.000000e-01, %84
  %94 = call float @llvm.fmuladd.f32(float %85, float %92, float %93)
  %95 = call float @llvm.fmuladd.f32(float %83, float 0xBF2BD01060000000, float %94)
  %96 = fadd float %95, %82
  %97 = call float @llvm.fmuladd.f32(float %83, float 0x3FE6300000000000, float %96)
  %98 = fcmp oeq float %acc11, 0.000000e+00
  %99 = select i1 %98, float 0xFFF0000000000000, float %97
  %100 = fcmp olt float %acc11, 0.000000e+00
  %101 = select i1 %100, float 0x7FF8000000000000, float %99
  %102 = fcmp oeq float %acc11, 0x7FF0000000000000
  %103 = select i1 %102, float %acc11, float %101
  %104 = fcmp uno float %acc11, %acc11
  %105 = select i1 %104, float %acc11, float %103
  %106 = sext i32 %19 to i64
  br label %loop12

loop12:                                           ; preds = %body13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %146, %body13 ]
  %107 = icmp slt i64 %i15, 4
  br i1 %107, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %108 = add i64 %17, %i15
  %109 = getelementptr inbounds float, float* %6, i64 %108
  %110 = load float, float* %109, align 4
  %111 = fsub float %110, %acc
  %112 = fsub float %111, %105
  %113 = fcmp oge float %112, -1.100000e+02
  %114 = select i1 %113, float %112, float -1.100000e+02
  %115 = fcmp ole float %114, 1.000000e+02
  %116 = select i1 %115, float %114, float 1.000000e+02
  %117 = fmul float %116, 0x3FF7154760000000
  %118 = call float @llvm.rint.f32(float %117)
  %119 = call float @llvm.fmuladd.f32(float %118, float 0xBFE6300000000000, float %116)
  %120 = call float @llvm.fmuladd.f32(float %118, float 0x3F2BD01060000000, float %119)
  %121 = fmul float %120, %120
  %122 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %120, float 0x3F81239880000000)
  %123 = call float @llvm.fmuladd.f32(float %122, float %120, float 0x3FA5558AE0000000)
  %124 = call float @llvm.fmuladd.f32(float %123, float %120, float 0x3FC5554920000000)
  %125 = call float @llvm.fmuladd.f32(float %124, float %120, float 0x3FDFFFFFC0000000)
  %126 = call float @llvm.fmuladd.f32(float %121, float %125, float %120)
  %127 = fadd float %126, 1.000000e+00
  %128 = fptosi float %118 to i32
  %129 = ashr i32 %128, 1
  %130 = sub i32 %128, %129
  %131 = add i32 %129, 127
  %132 = shl i32 %131, 23
  %133 = bitcast i32 %132 to float
  %134 = fmul float %127, %133
  %135 = add i32 %130, 127
  %136 = shl i32 %135, 23
  %137 = bitcast i32 %136 to float
  %138 = fmul float %134, %137
  %139 = fcmp uno float %112, %112
  %140 = select i1 %139, float %112, float %138
  %141 = icmp eq i64 %i15, %106
  %142 = select i1 %141, float 1.000000e+00, float 0.000000e+00
  %143 = fsub float %140, %142
  %144 = fmul float %22, %143
  %145 = getelementptr inbounds float, float* %15, i64 %108
  store float %144, float* %145, align 4
  %146 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  br label %join2
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_13(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %22, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = srem i64 %i, 4
  %12 = sdiv i64 %i, 4
  %13 = add i64 0, %11
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %19, %body2 ]
  %14 = icmp slt i64 %i4, 8
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = mul i64 %i4, 4
  %16 = add i64 %13, %15
  %17 = getelementptr inbounds float, float* %6, i64 %16
  %18 = load float, float* %17, align 4
  %19 = fadd float %acc, %18
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc, float* %21, align 4
  %22 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_14(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 32
  %17 = mul i64 %i, 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %36, %exit7 ]
  %18 = icmp slt i64 %i4, 32
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = mul i64 %i4, 4
  %20 = add i64 0, %19
  br label %loop5

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %33, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %32, %body6 ]
  %22 = icmp slt i64 %i8, 4
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = mul i64 %15, 4
  %24 = add i64 %23, %i8
  %25 = add i64 %16, %24
  %26 = getelementptr inbounds float, float* %6, i64 %25
  %27 = load float, float* %26, align 4
  %28 = add i64 %20, %i8
  %29 = getelementptr inbounds float, float* %9, i64 %28
  %30 = load float, float* %29, align 4
  %31 = fmul float %27, %30
  %32 = fadd float %acc, %31
  %33 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %34 = add i64 %17, %i4
  %35 = getelementptr inbounds float, float* %12, i64 %34
  store float %acc, float* %35, align 4
  %36 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_15(i8* %0, i64 %1, i64 %2) #1 {
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
  %14 = sdiv i64 %i, 32
  %15 = srem i64 %i, 32
  %16 = mul i64 %14, 256
  %17 = mul i64 %i, 4
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 16, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 8
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 32
  %22 = add i64 %21, %15
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 4
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 4
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
define internal void @eptc_kernel_16(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %82, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 256
  %14 = select i1 %13, i64 %12, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %81, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float 0x3FA6E4E260000000, %19
  %21 = fmul float %20, %19
  %22 = fmul float %21, %19
  %23 = fadd float %19, %22
  %24 = fmul float 0x3FE9884540000000, %23
  %25 = call float @llvm.fabs.f32(float %24)
  %26 = fmul float %24, %24
  %27 = fmul float %25, %26
  %28 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %26, float 0x3F951F8CE0000000)
  %29 = call float @llvm.fmuladd.f32(float %28, float %26, float 0xBFAB835A40000000)
  %30 = call float @llvm.fmuladd.f32(float %29, float %26, float 0x3FC1106F60000000)
  %31 = call float @llvm.fmuladd.f32(float %30, float %26, float 0xBFD5555320000000)
  %32 = call float @llvm.fmuladd.f32(float %27, float %31, float %25)
  %33 = fmul float %25, -2.000000e+00
  %34 = fcmp oge float %33, -1.100000e+02
  %35 = select i1 %34, float %33, float -1.100000e+02
  %36 = fcmp ole float %35, 1.000000e+02
  %37 = select i1 %36, float %35, float 1.000000e+02
  %38 = fmul float %37, 0x3FF7154760000000
  %39 = call float @llvm.rint.f32(float %38)
  %40 = call float @llvm.fmuladd.f32(float %39, float 0xBFE6300000000000, float %37)
  %41 = call float @llvm.fmuladd.f32(float %39, float 0x3F2BD01060000000, float %40)
  %42 = fmul float %41, %41
  %43 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %41, float 0x3F81239880000000)
  %44 = call float @llvm.fmuladd.f32(float %43, float %41, float 0x3FA5558AE0000000)
  %45 = call float @llvm.fmuladd.f32(float %44, float %41, float 0x3FC5554920000000)
  %46 = call float @llvm.fmuladd.f32(float %45, float %41, float 0x3FDFFFFFC0000000)
  %47 = call float @llvm.fmuladd.f32(float %42, float %46, float %41)
  %48 = fadd float %47, 1.000000e+00
  %49 = fptosi float %39 to i32
  %50 = ashr i32 %49, 1
  %51 = sub i32 %49, %50
  %52 = add i32 %50, 127
  %53 = shl i32 %52, 23
  %54 = bitcast i32 %53 to float
  %55 = fmul float %48, %54
  %56 = add i32 %51, 127
  %57 = shl i32 %56, 23
  %58 = bitcast i32 %57 to float
  %59 = fmul float %55, %58
  %60 = fcmp uno float %33, %33
  %61 = select i1 %60, float %33, float %59
  %62 = fsub float 1.000000e+00, %61
  %63 = fadd float 1.000000e+00, %61
  %64 = fdiv float %62, %63
  %65 = fcmp olt float %25, 6.250000e-01
  %66 = select i1 %65, float %32, float %64
  %67 = call float @llvm.copysign.f32(float %66, float %24)
  %68 = fadd float 1.000000e+00, %67
  %69 = fmul float 5.000000e-01, %68
  %70 = fmul float %67, %67
  %71 = fsub float 1.000000e+00, %70
  %72 = fmul float 0x3FC12BA9C0000000, %19
  %73 = fmul float %72, %19
  %74 = fadd float 1.000000e+00, %73
  %75 = fmul float 5.000000e-01, %19
  %76 = fmul float %75, %71
  %77 = fmul float %76, 0x3FE9884540000000
  %78 = fmul float %77, %74
  %79 = fadd float %69, %78
  %80 = getelementptr inbounds float, float* %6, i64 %16
  store float %79, float* %80, align 4
  %81 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %82 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_17(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
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
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_18(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %22, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = srem i64 %i, 32
  %12 = sdiv i64 %i, 32
  %13 = add i64 0, %11
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %19, %body2 ]
  %14 = icmp slt i64 %i4, 8
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = mul i64 %i4, 32
  %16 = add i64 %13, %15
  %17 = getelementptr inbounds float, float* %6, i64 %16
  %18 = load float, float* %17, align 4
  %19 = fadd float %acc, %18
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc, float* %21, align 4
  %22 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_19(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 256
  %17 = mul i64 %i, 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %133, %exit18 ]
  %18 = icmp slt i64 %i4, 32
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = mul i64 %i4, 32
  %20 = add i64 0, %19
  br label %loop5

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %111, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %33, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %body2 ], [ %44, %body6 ]
  %acc10 = phi float [ 0.000000e+00, %body2 ], [ %55, %body6 ]
  %acc11 = phi float [ 0.000000e+00, %body2 ], [ %66, %body6 ]
  %acc12 = phi float [ 0.000000e+00, %body2 ], [ %77, %body6 ]
  %acc13 = phi float [ 0.000000e+00, %body2 ], [ %88, %body6 ]
  %acc14 = phi float [ 0.000000e+00, %body2 ], [ %99, %body6 ]
  %acc15 = phi float [ 0.000000e+00, %body2 ], [ %110, %body6 ]
  %22 = icmp slt i64 %i8, 32
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = add i64 %i8, 0
  %24 = mul i64 %15, 32
  %25 = add i64 %24, %23
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = add i64 %20, %23
  %30 = getelementptr inbounds float, float* %9, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fmul float %28, %31
  %33 = fadd float %acc, %32
  %34 = add i64 %i8, 1
  %35 = mul i64 %15, 32
  %36 = add i64 %35, %34
  %37 = add i64 %16, %36
  %38 = getelementptr inbounds float, float* %6, i64 %37
  %39 = load float, float* %38, align 4
  %40 = add i64 %20, %34
  %41 = getelementptr inbounds float, float* %9, i64 %40
  %42 = load float, float* %41, align 4
  %43 = fmul float %39, %42
  %44 = fadd float %acc9, %43
  %45 = add i64 %i8, 2
  %46 = mul i64 %15, 32
  %47 = add i64 %46, %45
  %48 = add i64 %16, %47
  %49 = getelementptr inbounds float, float* %6, i64 %48
  %50 = load float, float* %49, align 4
  %51 = add i64 %20, %45
  %52 = getelementptr inbounds float, float* %9, i64 %51
  %53 = load float, float* %52, align 4
  %54 = fmul float %50, %53
  %55 = fadd float %acc10, %54
  %56 = add i64 %i8, 3
  %57 = mul i64 %15, 32
  %58 = add i64 %57, %56
  %59 = add i64 %16, %58
  %60 = getelementptr inbounds float, float* %6, i64 %59
  %61 = load float, float* %60, align 4
  %62 = add i64 %20, %56
  %63 = getelementptr inbounds float, float* %9, i64 %62
  %64 = load float, float* %63, align 4
  %65 = fmul float %61, %64
  %66 = fadd float %acc11, %65
  %67 = add i64 %i8, 4
  %68 = mul i64 %15, 32
  %69 = add i64 %68, %67
  %70 = add i64 %16, %69
  %71 = getelementptr inbounds float, float* %6, i64 %70
  %72 = load float, float* %71, align 4
  %73 = add i64 %20, %67
  %74 = getelementptr inbounds float, float* %9, i64 %73
  %75 = load float, float* %74, align 4
  %76 = fmul float %72, %75
  %77 = fadd float %acc12, %76
  %78 = add i64 %i8, 5
  %79 = mul i64 %15, 32
  %80 = add i64 %79, %78
  %81 = add i64 %16, %80
  %82 = getelementptr inbounds float, float* %6, i64 %81
  %83 = load float, float* %82, align 4
  %84 = add i64 %20, %78
  %85 = getelementptr inbounds float, float* %9, i64 %84
  %86 = load float, float* %85, align 4
  %87 = fmul float %83, %86
  %88 = fadd float %acc13, %87
  %89 = add i64 %i8, 6
  %90 = mul i64 %15, 32
  %91 = add i64 %90, %89
  %92 = add i64 %16, %91
  %93 = getelementptr inbounds float, float* %6, i64 %92
  %94 = load float, float* %93, align 4
  %95 = add i64 %20, %89
  %96 = getelementptr inbounds float, float* %9, i64 %95
  %97 = load float, float* %96, align 4
  %98 = fmul float %94, %97
  %99 = fadd float %acc14, %98
  %100 = add i64 %i8, 7
  %101 = mul i64 %15, 32
  %102 = add i64 %101, %100
  %103 = add i64 %16, %102
  %104 = getelementptr inbounds float, float* %6, i64 %103
  %105 = load float, float* %104, align 4
  %106 = add i64 %20, %100
  %107 = getelementptr inbounds float, float* %9, i64 %106
  %108 = load float, float* %107, align 4
  %109 = fmul float %105, %108
  %110 = fadd float %acc15, %109
  %111 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %112 = fadd float %acc, %acc9
  %113 = fadd float %acc10, %acc11
  %114 = fadd float %acc12, %acc13
  %115 = fadd float %acc14, %acc15
  %116 = fadd float %112, %113
  %117 = fadd float %114, %115
  %118 = fadd float %116, %117
  br label %loop16

loop16:                                           ; preds = %body17, %exit7
  %i19 = phi i64 [ 32, %exit7 ], [ %130, %body17 ]
  %acc20 = phi float [ %118, %exit7 ], [ %129, %body17 ]
  %119 = icmp slt i64 %i19, 32
  br i1 %119, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %120 = mul i64 %15, 32
  %121 = add i64 %120, %i19
  %122 = add i64 %16, %121
  %123 = getelementptr inbounds float, float* %6, i64 %122
  %124 = load float, float* %123, align 4
  %125 = add i64 %20, %i19
  %126 = getelementptr inbounds float, float* %9, i64 %125
  %127 = load float, float* %126, align 4
  %128 = fmul float %124, %127
  %129 = fadd float %acc20, %128
  %130 = add i64 %i19, 1
  br label %loop16

exit18:                                           ; preds = %loop16
  %131 = add i64 %17, %i4
  %132 = getelementptr inbounds float, float* %12, i64 %131
  store float %acc20, float* %132, align 4
  %133 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_20(i8* %0, i64 %1, i64 %2) #1 {
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
  %14 = sdiv i64 %i, 32
  %15 = srem i64 %i, 32
  %16 = mul i64 %14, 256
  %17 = mul i64 %i, 32
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 8
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 32
  %22 = add i64 %21, %15
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
define internal void @eptc_kernel_21(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_22(i8* %0, i64 %1, i64 %2) #1 {
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
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_23(i8* %0, i64 %1, i64 %2) #1 {
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
  %14 = sdiv i64 %i, 16
  %15 = srem i64 %i, 16
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
  %20 = icmp slt i64 %i4, 8
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 16
  %22 = add i64 %21, %15
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
define internal void @eptc_kernel_24(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
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
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_25(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %67, %exit14 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %52, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %16, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %26, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %31, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %36, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %41, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %46, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %51, %body2 ]
  %11 = icmp slt i64 %i4, 512
  br i1 %11, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %12 = add i64 %i4, 0
  %13 = add i64 0, %12
  %14 = getelementptr inbounds float, float* %6, i64 %13
  %15 = load float, float* %14, align 4
  %16 = fadd float %acc, %15
  %17 = add i64 %i4, 1
  %18 = add i64 0, %17
  %19 = getelementptr inbounds float, float* %6, i64 %18
  %20 = load float, float* %19, align 4
  %21 = fadd float %acc5, %20
  %22 = add i64 %i4, 2
  %23 = add i64 0, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = fadd float %acc6, %25
  %27 = add i64 %i4, 3
  %28 = add i64 0, %27
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = fadd float %acc7, %30
  %32 = add i64 %i4, 4
  %33 = add i64 0, %32
  %34 = getelementptr inbounds float, float* %6, i64 %33
  %35 = load float, float* %34, align 4
  %36 = fadd float %acc8, %35
  %37 = add i64 %i4, 5
  %38 = add i64 0, %37
  %39 = getelementptr inbounds float, float* %6, i64 %38
  %40 = load float, float* %39, align 4
  %41 = fadd float %acc9, %40
  %42 = add i64 %i4, 6
  %43 = add i64 0, %42
  %44 = getelementptr inbounds float, float* %6, i64 %43
  %45 = load float, float* %44, align 4
  %46 = fadd float %acc10, %45
  %47 = add i64 %i4, 7
  %48 = add i64 0, %47
  %49 = getelementptr inbounds float, float* %6, i64 %48
  %50 = load float, float* %49, align 4
  %51 = fadd float %acc11, %50
  %52 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %53 = fadd float %acc, %acc5
  %54 = fadd float %acc6, %acc7
  %55 = fadd float %acc8, %acc9
  %56 = fadd float %acc10, %acc11
  %57 = fadd float %53, %54
  %58 = fadd float %55, %56
  %59 = fadd float %57, %58
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 512, %exit3 ], [ %65, %body13 ]
  %acc16 = phi float [ %59, %exit3 ], [ %64, %body13 ]
  %60 = icmp slt i64 %i15, 512
  br i1 %60, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %61 = add i64 0, %i15
  %62 = getelementptr inbounds float, float* %6, i64 %61
  %63 = load float, float* %62, align 4
  %64 = fadd float %acc16, %63
  %65 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %66 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc16, float* %66, align 4
  %67 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_26(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 32
  %14 = select i1 %13, i64 %12, i64 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_27(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %67, %exit14 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %52, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %16, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %26, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %31, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %36, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %41, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %46, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %51, %body2 ]
  %11 = icmp slt i64 %i4, 32
  br i1 %11, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %12 = add i64 %i4, 0
  %13 = add i64 0, %12
  %14 = getelementptr inbounds float, float* %6, i64 %13
  %15 = load float, float* %14, align 4
  %16 = fadd float %acc, %15
  %17 = add i64 %i4, 1
  %18 = add i64 0, %17
  %19 = getelementptr inbounds float, float* %6, i64 %18
  %20 = load float, float* %19, align 4
  %21 = fadd float %acc5, %20
  %22 = add i64 %i4, 2
  %23 = add i64 0, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = fadd float %acc6, %25
  %27 = add i64 %i4, 3
  %28 = add i64 0, %27
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = fadd float %acc7, %30
  %32 = add i64 %i4, 4
  %33 = add i64 0, %32
  %34 = getelementptr inbounds float, float* %6, i64 %33
  %35 = load float, float* %34, align 4
  %36 = fadd float %acc8, %35
  %37 = add i64 %i4, 5
  %38 = add i64 0, %37
  %39 = getelementptr inbounds float, float* %6, i64 %38
  %40 = load float, float* %39, align 4
  %41 = fadd float %acc9, %40
  %42 = add i64 %i4, 6
  %43 = add i64 0, %42
  %44 = getelementptr inbounds float, float* %6, i64 %43
  %45 = load float, float* %44, align 4
  %46 = fadd float %acc10, %45
  %47 = add i64 %i4, 7
  %48 = add i64 0, %47
  %49 = getelementptr inbounds float, float* %6, i64 %48
  %50 = load float, float* %49, align 4
  %51 = fadd float %acc11, %50
  %52 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %53 = fadd float %acc, %acc5
  %54 = fadd float %acc6, %acc7
  %55 = fadd float %acc8, %acc9
  %56 = fadd float %acc10, %acc11
  %57 = fadd float %53, %54
  %58 = fadd float %55, %56
  %59 = fadd float %57, %58
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 32, %exit3 ], [ %65, %body13 ]
  %acc16 = phi float [ %59, %exit3 ], [ %64, %body13 ]
  %60 = icmp slt i64 %i15, 32
  br i1 %60, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %61 = add i64 0, %i15
  %62 = getelementptr inbounds float, float* %6, i64 %61
  %63 = load float, float* %62, align 4
  %64 = fadd float %acc16, %63
  %65 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %66 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc16, float* %66, align 4
  %67 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_28(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %26, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 1
  %17 = select i1 %16, i64 %15, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %25, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = getelementptr inbounds float, float* %9, i64 0
  %20 = load float, float* %19, align 4
  %21 = getelementptr inbounds float, float* %12, i64 0
  %22 = load float, float* %21, align 4
  %23 = fadd float %20, %22
  %24 = getelementptr inbounds float, float* %6, i64 0
  store float %23, float* %24, align 4
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %26 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_29(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 128
  %14 = select i1 %13, i64 %12, i64 128
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_30(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %67, %exit14 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %52, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %16, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %26, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %31, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %36, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %41, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %46, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %51, %body2 ]
  %11 = icmp slt i64 %i4, 128
  br i1 %11, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %12 = add i64 %i4, 0
  %13 = add i64 0, %12
  %14 = getelementptr inbounds float, float* %6, i64 %13
  %15 = load float, float* %14, align 4
  %16 = fadd float %acc, %15
  %17 = add i64 %i4, 1
  %18 = add i64 0, %17
  %19 = getelementptr inbounds float, float* %6, i64 %18
  %20 = load float, float* %19, align 4
  %21 = fadd float %acc5, %20
  %22 = add i64 %i4, 2
  %23 = add i64 0, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = fadd float %acc6, %25
  %27 = add i64 %i4, 3
  %28 = add i64 0, %27
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = fadd float %acc7, %30
  %32 = add i64 %i4, 4
  %33 = add i64 0, %32
  %34 = getelementptr inbounds float, float* %6, i64 %33
  %35 = load float, float* %34, align 4
  %36 = fadd float %acc8, %35
  %37 = add i64 %i4, 5
  %38 = add i64 0, %37
  %39 = getelementptr inbounds float, float* %6, i64 %38
  %40 = load float, float* %39, align 4
  %41 = fadd float %acc9, %40
  %42 = add i64 %i4, 6
  %43 = add i64 0, %42
  %44 = getelementptr inbounds float, float* %6, i64 %43
  %45 = load float, float* %44, align 4
  %46 = fadd float %acc10, %45
  %47 = add i64 %i4, 7
  %48 = add i64 0, %47
  %49 = getelementptr inbounds float, float* %6, i64 %48
  %50 = load float, float* %49, align 4
  %51 = fadd float %acc11, %50
  %52 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %53 = fadd float %acc, %acc5
  %54 = fadd float %acc6, %acc7
  %55 = fadd float %acc8, %acc9
  %56 = fadd float %acc10, %acc11
  %57 = fadd float %53, %54
  %58 = fadd float %55, %56
  %59 = fadd float %57, %58
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 128, %exit3 ], [ %65, %body13 ]
  %acc16 = phi float [ %59, %exit3 ], [ %64, %body13 ]
  %60 = icmp slt i64 %i15, 128
  br i1 %60, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %61 = add i64 0, %i15
  %62 = getelementptr inbounds float, float* %6, i64 %61
  %63 = load float, float* %62, align 4
  %64 = fadd float %acc16, %63
  %65 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %66 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc16, float* %66, align 4
  %67 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_31(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 4
  %14 = select i1 %13, i64 %12, i64 4
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_32(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %18, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %16, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %15, %body2 ]
  %11 = icmp slt i64 %i4, 4
  br i1 %11, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %12 = add i64 0, %i4
  %13 = getelementptr inbounds float, float* %6, i64 %12
  %14 = load float, float* %13, align 4
  %15 = fadd float %acc, %14
  %16 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %17 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc, float* %17, align 4
  %18 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_33(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1024
  %14 = select i1 %13, i64 %12, i64 1024
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_34(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %67, %exit14 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %52, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %16, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %26, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %31, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %36, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %41, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %46, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %51, %body2 ]
  %11 = icmp slt i64 %i4, 1024
  br i1 %11, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %12 = add i64 %i4, 0
  %13 = add i64 0, %12
  %14 = getelementptr inbounds float, float* %6, i64 %13
  %15 = load float, float* %14, align 4
  %16 = fadd float %acc, %15
  %17 = add i64 %i4, 1
  %18 = add i64 0, %17
  %19 = getelementptr inbounds float, float* %6, i64 %18
  %20 = load float, float* %19, align 4
  %21 = fadd float %acc5, %20
  %22 = add i64 %i4, 2
  %23 = add i64 0, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = fadd float %acc6, %25
  %27 = add i64 %i4, 3
  %28 = add i64 0, %27
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = fadd float %acc7, %30
  %32 = add i64 %i4, 4
  %33 = add i64 0, %32
  %34 = getelementptr inbounds float, float* %6, i64 %33
  %35 = load float, float* %34, align 4
  %36 = fadd float %acc8, %35
  %37 = add i64 %i4, 5
  %38 = add i64 0, %37
  %39 = getelementptr inbounds float, float* %6, i64 %38
  %40 = load float, float* %39, align 4
  %41 = fadd float %acc9, %40
  %42 = add i64 %i4, 6
  %43 = add i64 0, %42
  %44 = getelementptr inbounds float, float* %6, i64 %43
  %45 = load float, float* %44, align 4
  %46 = fadd float %acc10, %45
  %47 = add i64 %i4, 7
  %48 = add i64 0, %47
  %49 = getelementptr inbounds float, float* %6, i64 %48
  %50 = load float, float* %49, align 4
  %51 = fadd float %acc11, %50
  %52 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %53 = fadd float %acc, %acc5
  %54 = fadd float %acc6, %acc7
  %55 = fadd float %acc8, %acc9
  %56 = fadd float %acc10, %acc11
  %57 = fadd float %53, %54
  %58 = fadd float %55, %56
  %59 = fadd float %57, %58
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 1024, %exit3 ], [ %65, %body13 ]
  %acc16 = phi float [ %59, %exit3 ], [ %64, %body13 ]
  %60 = icmp slt i64 %i15, 1024
  br i1 %60, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %61 = add i64 0, %i15
  %62 = getelementptr inbounds float, float* %6, i64 %61
  %63 = load float, float* %62, align 4
  %64 = fadd float %acc16, %63
  %65 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %66 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc16, float* %66, align 4
  %67 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_35(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1
  %14 = select i1 %13, i64 %12, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds float, float* %9, i64 0
  %17 = load float, float* %16, align 4
  %18 = call float @llvm.sqrt.f32(float %17)
  %19 = getelementptr inbounds float, float* %6, i64 0
  store float %18, float* %19, align 4
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.sqrt.f32(float) #3

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_36(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1
  %14 = select i1 %13, i64 %12, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds float, float* %9, i64 0
  %17 = load float, float* %16, align 4
  %18 = fadd float %17, 0x3EB0C6F7A0000000
  %19 = getelementptr inbounds float, float* %6, i64 0
  store float %18, float* %19, align 4
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_37(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 1
  %17 = select i1 %16, i64 %15, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %25, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = getelementptr inbounds float, float* %9, i64 0
  %20 = load float, float* %19, align 4
  %21 = getelementptr inbounds float, float* %12, i64 0
  %22 = load float, float* %21, align 4
  %23 = fdiv float %20, %22
  %24 = getelementptr inbounds float, float* %6, i64 0
  store float %23, float* %24, align 4
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %26 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_38(i8* %0, i64 %1, i64 %2) #1 {
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
  %16 = icmp slt i64 %15, 1
  %17 = select i1 %16, i64 %15, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = getelementptr inbounds float, float* %9, i64 0
  %20 = load float, float* %19, align 4
  %21 = getelementptr inbounds float, float* %12, i64 0
  %22 = load float, float* %21, align 4
  %23 = fcmp uno float %20, %22
  %24 = fcmp olt float %22, %20
  %25 = select i1 %24, float %22, float %20
  %26 = select i1 %23, float 0x7FF8000000000000, float %25
  %27 = getelementptr inbounds float, float* %6, i64 0
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_39(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 512
  %17 = select i1 %16, i64 %15, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_40(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 32
  %17 = select i1 %16, i64 %15, i64 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_41(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 128
  %17 = select i1 %16, i64 %15, i64 128
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_42(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 4
  %17 = select i1 %16, i64 %15, i64 4
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_43(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 1024
  %17 = select i1 %16, i64 %15, i64 1024
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_44(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %26, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 1
  %17 = select i1 %16, i64 %15, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %25, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = getelementptr inbounds float, float* %9, i64 0
  %20 = load float, float* %19, align 4
  %21 = getelementptr inbounds float, float* %12, i64 0
  %22 = load float, float* %21, align 4
  %23 = fadd float %20, %22
  %24 = getelementptr inbounds float, float* %6, i64 0
  store float %23, float* %24, align 4
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %26 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_45(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1
  %14 = select i1 %13, i64 %12, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds float, float* %9, i64 0
  %17 = load float, float* %16, align 4
  %18 = call float @powf(float 0x3FECCCCCC0000000, float %17)
  %19 = getelementptr inbounds float, float* %6, i64 0
  store float %18, float* %19, align 4
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop
}

declare float @powf(float, float)

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_46(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 1
  %17 = select i1 %16, i64 %15, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %25, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = getelementptr inbounds float, float* %9, i64 0
  %20 = load float, float* %19, align 4
  %21 = getelementptr inbounds float, float* %12, i64 0
  %22 = load float, float* %21, align 4
  %23 = fsub float %20, %22
  %24 = getelementptr inbounds float, float* %6, i64 0
  store float %23, float* %24, align 4
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %26 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_47(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1
  %14 = select i1 %13, i64 %12, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds float, float* %9, i64 0
  %17 = load float, float* %16, align 4
  %18 = call float @powf(float 0x3FEFF7CEE0000000, float %17)
  %19 = getelementptr inbounds float, float* %6, i64 0
  store float %18, float* %19, align 4
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_48(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1
  %14 = select i1 %13, i64 %12, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds float, float* %9, i64 0
  %17 = load float, float* %16, align 4
  %18 = call float @llvm.sqrt.f32(float %17)
  %19 = getelementptr inbounds float, float* %6, i64 0
  store float %18, float* %19, align 4
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_49(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1
  %14 = select i1 %13, i64 %12, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds float, float* %9, i64 0
  %17 = load float, float* %16, align 4
  %18 = fmul float %17, 0x3F50624DE0000000
  %19 = getelementptr inbounds float, float* %6, i64 0
  store float %18, float* %19, align 4
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_50(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
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
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FECCCCCC0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_51(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
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
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FB99999A0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_52(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 512
  %17 = select i1 %16, i64 %15, i64 512
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
define internal void @eptc_kernel_53(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
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
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FEFF7CEE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_54(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
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
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_55(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
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
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3F50624DE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_56(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1
  %14 = select i1 %13, i64 %12, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %20, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = getelementptr inbounds float, float* %9, i64 0
  %17 = load float, float* %16, align 4
  %18 = fmul float %17, 0x3F847AE140000000
  %19 = getelementptr inbounds float, float* %6, i64 0
  store float %18, float* %19, align 4
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_57(i8* %0, i64 %1, i64 %2) #1 {
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
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 512
  %17 = select i1 %16, i64 %15, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_58(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
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
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = call float @llvm.sqrt.f32(float %19)
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_59(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 512
  %17 = select i1 %16, i64 %15, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fdiv float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_60(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
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
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fadd float %19, 0x3E45798EE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_61(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %26, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 1
  %17 = select i1 %16, i64 %15, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %25, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = getelementptr inbounds float, float* %9, i64 0
  %20 = load float, float* %19, align 4
  %21 = getelementptr inbounds float, float* %12, i64 0
  %22 = load float, float* %21, align 4
  %23 = fdiv float %20, %22
  %24 = getelementptr inbounds float, float* %6, i64 0
  store float %23, float* %24, align 4
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %26 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_62(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
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
  %16 = icmp slt i64 %15, 512
  %17 = select i1 %16, i64 %15, i64 512
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
  %26 = fdiv float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_63(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 512
  %17 = select i1 %16, i64 %15, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 0
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 %20
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_64(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 512
  %17 = select i1 %16, i64 %15, i64 512
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
  %26 = fsub float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_65(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 32
  %14 = select i1 %13, i64 %12, i64 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FECCCCCC0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_66(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 32
  %14 = select i1 %13, i64 %12, i64 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FB99999A0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_67(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 32
  %17 = select i1 %16, i64 %15, i64 32
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
define internal void @eptc_kernel_68(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 32
  %14 = select i1 %13, i64 %12, i64 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FEFF7CEE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_69(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 32
  %14 = select i1 %13, i64 %12, i64 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_70(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 32
  %14 = select i1 %13, i64 %12, i64 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3F50624DE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_71(i8* %0, i64 %1, i64 %2) #1 {
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
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 32
  %17 = select i1 %16, i64 %15, i64 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_72(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 32
  %14 = select i1 %13, i64 %12, i64 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = call float @llvm.sqrt.f32(float %19)
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_73(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 32
  %17 = select i1 %16, i64 %15, i64 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fdiv float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_74(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 32
  %14 = select i1 %13, i64 %12, i64 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fadd float %19, 0x3E45798EE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_75(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
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
  %16 = icmp slt i64 %15, 32
  %17 = select i1 %16, i64 %15, i64 32
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
  %26 = fdiv float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_76(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 32
  %17 = select i1 %16, i64 %15, i64 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 0
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 %20
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_77(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 32
  %17 = select i1 %16, i64 %15, i64 32
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
  %26 = fsub float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_78(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 128
  %14 = select i1 %13, i64 %12, i64 128
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FECCCCCC0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_79(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 128
  %14 = select i1 %13, i64 %12, i64 128
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FB99999A0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_80(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 128
  %17 = select i1 %16, i64 %15, i64 128
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
define internal void @eptc_kernel_81(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 128
  %14 = select i1 %13, i64 %12, i64 128
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FEFF7CEE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_82(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 128
  %14 = select i1 %13, i64 %12, i64 128
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_83(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 128
  %14 = select i1 %13, i64 %12, i64 128
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3F50624DE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_84(i8* %0, i64 %1, i64 %2) #1 {
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
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 128
  %17 = select i1 %16, i64 %15, i64 128
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_85(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 128
  %14 = select i1 %13, i64 %12, i64 128
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = call float @llvm.sqrt.f32(float %19)
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_86(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 128
  %17 = select i1 %16, i64 %15, i64 128
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fdiv float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_87(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 128
  %14 = select i1 %13, i64 %12, i64 128
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fadd float %19, 0x3E45798EE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_88(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
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
  %16 = icmp slt i64 %15, 128
  %17 = select i1 %16, i64 %15, i64 128
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
  %26 = fdiv float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_89(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 128
  %17 = select i1 %16, i64 %15, i64 128
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 0
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 %20
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_90(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 128
  %17 = select i1 %16, i64 %15, i64 128
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
  %26 = fsub float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_91(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 4
  %14 = select i1 %13, i64 %12, i64 4
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FECCCCCC0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_92(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 4
  %14 = select i1 %13, i64 %12, i64 4
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FB99999A0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_93(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 4
  %17 = select i1 %16, i64 %15, i64 4
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
define internal void @eptc_kernel_94(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 4
  %14 = select i1 %13, i64 %12, i64 4
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FEFF7CEE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_95(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 4
  %14 = select i1 %13, i64 %12, i64 4
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_96(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 4
  %14 = select i1 %13, i64 %12, i64 4
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3F50624DE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_97(i8* %0, i64 %1, i64 %2) #1 {
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
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 4
  %17 = select i1 %16, i64 %15, i64 4
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_98(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 4
  %14 = select i1 %13, i64 %12, i64 4
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = call float @llvm.sqrt.f32(float %19)
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_99(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 4
  %17 = select i1 %16, i64 %15, i64 4
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fdiv float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_100(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 4
  %14 = select i1 %13, i64 %12, i64 4
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fadd float %19, 0x3E45798EE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_101(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
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
  %16 = icmp slt i64 %15, 4
  %17 = select i1 %16, i64 %15, i64 4
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
  %26 = fdiv float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_102(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 4
  %17 = select i1 %16, i64 %15, i64 4
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 0
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 %20
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_103(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 4
  %17 = select i1 %16, i64 %15, i64 4
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
  %26 = fsub float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_104(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1024
  %14 = select i1 %13, i64 %12, i64 1024
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FECCCCCC0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_105(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1024
  %14 = select i1 %13, i64 %12, i64 1024
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FB99999A0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_106(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 1024
  %17 = select i1 %16, i64 %15, i64 1024
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
define internal void @eptc_kernel_107(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1024
  %14 = select i1 %13, i64 %12, i64 1024
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FEFF7CEE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_108(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1024
  %14 = select i1 %13, i64 %12, i64 1024
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_109(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1024
  %14 = select i1 %13, i64 %12, i64 1024
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3F50624DE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_110(i8* %0, i64 %1, i64 %2) #1 {
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
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 1024
  %17 = select i1 %16, i64 %15, i64 1024
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_111(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1024
  %14 = select i1 %13, i64 %12, i64 1024
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = call float @llvm.sqrt.f32(float %19)
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_112(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 1024
  %17 = select i1 %16, i64 %15, i64 1024
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 0
  %24 = load float, float* %23, align 4
  %25 = fdiv float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_113(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 1024
  %14 = select i1 %13, i64 %12, i64 1024
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fadd float %19, 0x3E45798EE0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_114(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
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
  %16 = icmp slt i64 %15, 1024
  %17 = select i1 %16, i64 %15, i64 1024
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
  %26 = fdiv float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_115(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 1024
  %17 = select i1 %16, i64 %15, i64 1024
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = getelementptr inbounds float, float* %9, i64 0
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* %12, i64 %20
  %24 = load float, float* %23, align 4
  %25 = fmul float %22, %24
  %26 = getelementptr inbounds float, float* %6, i64 %19
  store float %25, float* %26, align 4
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_116(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 1024
  %17 = select i1 %16, i64 %15, i64 1024
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
  %26 = fsub float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

attributes #0 = { nounwind }
attributes #1 = { noinline nounwind }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
